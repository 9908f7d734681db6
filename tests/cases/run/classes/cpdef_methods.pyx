# cpdef methods: callable from Python and, directly, from C; overridden in cdef subclasses
# (dispatch through the base type) and in Python subclasses (honoured when called from C, with
# the result converted back), super() from a Python override, defaults, errors in an override.
# Expected outputs recorded from Cython 3.3.0.

cdef class Shape:
    cdef public double size

    def __init__(self, double size=1.0):
        self.size = size

    cpdef str name(self):
        return 'shape'

    cpdef double area(self, double scale=1.0):
        return self.size * scale

    cpdef int sides(self) except -1:
        return 0

    cpdef void grow(self, double by):
        self.size += by

    cpdef object tag(self):
        return None

    def describe(self):
        return '%s/%s/%s' % (self.name(), self.area(), self.sides())


cdef class Square(Shape):
    cpdef str name(self):
        return 'square'

    cpdef double area(self, double scale=1.0):
        return self.size * self.size * scale

    cpdef int sides(self) except -1:
        return 4


cdef str name_of(Shape s):
    return s.name()


def c_calls(Shape s):
    """
    >>> c_calls(Shape(2.0))
    ('shape', 2.0, 6.0, 0, None)
    >>> c_calls(Square(3.0))
    ('square', 9.0, 27.0, 4, None)
    >>> class Circle(Shape):
    ...     def name(self):
    ...         return 'circle'
    ...     def area(self, scale=1.0):
    ...         return 3.0 * self.size * self.size * scale
    ...     def tag(self):
    ...         return ['round']
    >>> c_calls(Circle(2.0))
    ('circle', 12.0, 36.0, 0, ['round'])
    """
    return name_of(s), s.area(), s.area(3.0), s.sides(), s.tag()


def python_calls():
    """
    >>> python_calls()
    ('shape', 'square', 9.0, 18.0, 4, "'square/9.0/4'")
    """
    sq = Square(3.0)
    return Shape().name(), sq.name(), sq.area(), sq.area(2), sq.sides(), repr(sq.describe())


def grow_and_measure(Shape s):
    """
    >>> grow_and_measure(Square(2.0))
    16.0
    >>> class Logged(Shape):
    ...     log = []
    ...     def grow(self, by):
    ...         Logged.log.append(by)
    ...         Shape.grow(self, by * 2)
    >>> grow_and_measure(Logged(1.0)), Logged.log
    (5.0, [2.0])
    """
    s.grow(2.0)
    return s.area()


def super_from_python_override():
    """
    >>> class Big(Square):
    ...     def name(self):
    ...         return 'big ' + super().name()
    ...     def sides(self):
    ...         return super().sides() + 1
    >>> b = Big(1.0)
    >>> name_of_any(b), b.describe()
    ('big square', 'big square/1.0/5')
    """


def name_of_any(Shape s):
    return name_of(s)


def override_errors(Shape s):
    """
    >>> class Wrong(Shape):
    ...     def sides(self):
    ...         return 'many'
    >>> override_errors(Wrong())
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> class Raises(Shape):
    ...     def sides(self):
    ...         raise ValueError('no sides')
    >>> override_errors(Raises())
    Traceback (most recent call last):
    ValueError: no sides
    >>> class WrongName(Shape):
    ...     def name(self):
    ...         return 5
    >>> name_of_any(WrongName())
    Traceback (most recent call last):
    TypeError: Expected str, got int
    """
    return s.sides()
