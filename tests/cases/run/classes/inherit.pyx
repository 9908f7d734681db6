# Single inheritance between cdef classes: base fields visible in the subclass, def method
# override, super().__init__ and Base.__init__(self, ...), isinstance/issubclass, a subclass
# instance passed where the base type is expected, and a Python subclass of a cdef class.
# Expected outputs recorded from Cython 3.3.0.

cdef class Shape:
    cdef public str name
    cdef double x, y

    def __init__(self, name, double x=0, double y=0):
        self.name = name
        self.x = x
        self.y = y

    def area(self):
        return 0.0

    def describe(self):
        return '%s at (%g, %g) area %g' % (self.name, self.x, self.y, self.area())

    def moved(self, double dx):
        self.x += dx
        return self


cdef class Rect(Shape):
    cdef double w, h

    def __init__(self, double w, double h):
        super().__init__('rect')
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def corner(self):
        return self.x + self.w, self.y + self.h


cdef class Square(Rect):
    def __init__(self, double s):
        Rect.__init__(self, s, s)
        self.name = 'square'

    def describe(self):
        return 'square: ' + super().describe()


class PyCircle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def base_fields_in_subclass():
    """
    >>> base_fields_in_subclass()
    ('rect', 2.5, 0.0, (4.5, 3.0))
    """
    cdef Rect r = Rect(2, 3)
    r.x = 2.5
    return r.name, r.x, r.y, r.corner()


def overrides():
    """
    >>> overrides()
    ['shape at (0, 0) area 0', 'rect at (0, 0) area 6', 'square: square at (1, 0) area 4', 'circle at (0, 0) area 12']
    """
    shapes = [Shape('shape'), Rect(2, 3), Square(2).moved(1), PyCircle(2)]
    return [s.describe() for s in shapes]


def through_base_type():
    """
    >>> through_base_type()
    [0.0, 6.0, 4.0, 12]
    """
    cdef Shape s
    out = []
    for s in [Shape('a'), Rect(2, 3), Square(2), PyCircle(2)]:
        out.append(s.area())
    return out


def base_argument(Shape s):
    """
    >>> base_argument(Square(3))
    ('square', 9.0)
    >>> base_argument(PyCircle(1))
    ('circle', 3)
    >>> base_argument(1)
    Traceback (most recent call last):
    TypeError: Argument 's' has incorrect type (expected inherit.Shape, got int)
    """
    return s.name, s.area()


def subclass_argument(Rect r):
    """
    >>> subclass_argument(Square(1))
    1.0
    >>> subclass_argument(Shape('s'))
    Traceback (most recent call last):
    TypeError: Argument 'r' has incorrect type (expected inherit.Rect, got inherit.Shape)
    """
    return r.area()


def relations():
    """
    >>> relations()
    (True, True, True, False, True, True, False)
    """
    sq = Square(1)
    return (isinstance(sq, Shape), isinstance(sq, Rect), issubclass(Square, Shape),
            issubclass(Shape, Rect), isinstance(PyCircle(1), Shape), Square.__base__ is Rect,
            type(sq) is Rect)


def mro_names():
    """
    >>> mro_names()
    (['Square', 'Rect', 'Shape', 'object'], ['PyCircle', 'Shape', 'object'])
    """
    return [c.__name__ for c in Square.__mro__], [c.__name__ for c in PyCircle.__mro__]


def python_subclass_has_dict():
    """
    >>> python_subclass_has_dict()
    (2, {'r': 2, 'extra': 1})
    >>> Square(1).extra = 1
    Traceback (most recent call last):
    AttributeError: 'inherit.Square' object has no attribute 'extra'
    """
    c = PyCircle(2)
    c.extra = 1
    return c.r, c.__dict__


def downcast(Shape s):
    """
    >>> downcast(Rect(1, 2))
    (1.0, 2.0)
    >>> downcast(Shape('s'))
    Traceback (most recent call last):
    TypeError: Cannot convert inherit.Shape to inherit.Rect
    """
    cdef Rect r = <Rect?>s
    return r.w, r.h
