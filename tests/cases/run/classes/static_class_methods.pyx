# @staticmethod and @classmethod in a cdef class (called on the class, on an instance, and from
# a subclass), class attributes in a cdef class body (readable on the class and the instances,
# not writable on either), and a classmethod used as an alternative constructor.
# Expected outputs recorded from Cython 3.3.0.

cdef class Point:
    ORIGIN_NAME = 'origin'
    DIMS = 2
    cdef public int x, y

    def __init__(self, int x=0, int y=0):
        self.x = x
        self.y = y

    @staticmethod
    def add(int a, int b):
        return a + b

    @classmethod
    def from_tuple(cls, t):
        return cls(t[0], t[1])

    @classmethod
    def name(cls):
        return cls.__name__

    def dims(self):
        return self.DIMS


cdef class Point3(Point):
    DIMS = 3


def static_calls():
    """
    >>> static_calls()
    (3, 7, 11)
    >>> Point.add(1)
    Traceback (most recent call last):
    TypeError: add() takes exactly 2 positional arguments (1 given)
    """
    return Point.add(1, 2), Point().add(3, 4), Point3.add(5, 6)


def class_methods():
    """
    >>> class_methods()
    ((1, 2), 'Point', 'Point3', 'Point3', 'Point3')
    """
    p = Point.from_tuple((1, 2))
    q = Point3.from_tuple((3, 4))
    return (p.x, p.y), p.name(), Point3.name(), q.name(), type(q).__name__


def class_attributes():
    """
    >>> class_attributes()
    ('origin', 2, 2, 3, 3, 'origin')
    """
    return Point.ORIGIN_NAME, Point.DIMS, Point().dims(), Point3.DIMS, Point3().dims(), Point3.ORIGIN_NAME


def class_attribute_not_writable():
    """
    >>> Point.DIMS = 5
    Traceback (most recent call last):
    TypeError: cannot set 'DIMS' attribute of immutable type 'static_class_methods.Point'
    >>> Point().DIMS = 5
    Traceback (most recent call last):
    AttributeError: 'static_class_methods.Point' object attribute 'DIMS' is read-only
    >>> Point.DIMS
    2
    """


def method_kinds():
    """
    >>> method_kinds()
    (True, True)
    """
    return isinstance(Point.__dict__['add'], staticmethod), isinstance(Point.__dict__['from_tuple'], classmethod)
