# Extension types as static types: `def f(Point p)` (None allowed, wrong type rejected),
# `not None`, `cdef Point p = obj`, the casts <Point>x (unchecked) and <Point?>x (checked),
# isinstance and type(), and the type's names (subclasses: inherit.pyx).
# Expected outputs recorded from Cython 3.3.0.

cdef class Point:
    cdef public int x

    def __init__(self, int x=0):
        self.x = x


cdef class Other:
    pass


def arg(Point p):
    """
    >>> arg(Point(3))
    3
    >>> arg(None) is None
    True
    >>> arg(5)
    Traceback (most recent call last):
    TypeError: Argument 'p' has incorrect type (expected typed_args.Point, got int)
    >>> arg(Other())
    Traceback (most recent call last):
    TypeError: Argument 'p' has incorrect type (expected typed_args.Point, got typed_args.Other)
    >>> arg(p=Point(6))
    6
    """
    if p is None:
        return None
    return p.x


def arg_not_none(Point p not None):
    """
    >>> arg_not_none(Point(1))
    1
    >>> arg_not_none(None)
    Traceback (most recent call last):
    TypeError: Argument 'p' has incorrect type (expected typed_args.Point, got NoneType)
    >>> arg_not_none('x')
    Traceback (most recent call last):
    TypeError: Argument 'p' has incorrect type (expected typed_args.Point, got str)
    """
    return p.x


def assign(obj):
    """
    >>> assign(Point(2))
    2
    >>> assign(None) is None
    True
    >>> assign(3.5)
    Traceback (most recent call last):
    TypeError: Cannot convert float to typed_args.Point
    >>> assign(Other())
    Traceback (most recent call last):
    TypeError: Cannot convert typed_args.Other to typed_args.Point
    """
    cdef Point p = obj
    if p is None:
        return None
    return p.x


def checked_cast(obj):
    """
    >>> checked_cast(Point(9))
    9
    >>> checked_cast([])
    Traceback (most recent call last):
    TypeError: Cannot convert list to typed_args.Point
    >>> checked_cast(None)
    Traceback (most recent call last):
    TypeError: Cannot convert NoneType to typed_args.Point
    """
    return (<Point?>obj).x


def unchecked_cast(obj):
    """
    >>> unchecked_cast(Point(1))
    (True, 'Point')
    >>> unchecked_cast('abc')
    (True, 'str')
    >>> unchecked_cast(None)
    (True, 'NoneType')
    """
    cdef Point p = <Point>obj
    return p is obj, type(p).__name__


def isinstance_and_type(obj):
    """
    >>> isinstance_and_type(Point())
    (True, True, False)
    >>> isinstance_and_type(Other())
    (False, False, True)
    >>> isinstance_and_type(None)
    (False, False, False)
    """
    return isinstance(obj, Point), type(obj) is Point, isinstance(obj, (Other, int))


def names():
    """
    >>> names()
    ('Point', 'Point', 'typed_args', 'Point', "<class 'typed_args.Point'>")
    """
    p = Point()
    return Point.__name__, Point.__qualname__, type(p).__module__, p.__class__.__name__, repr(type(p))


def typed_local_and_list(items):
    """
    >>> typed_local_and_list([Point(1), Point(2), Point(3)])
    6
    >>> typed_local_and_list([Point(1), 2])
    Traceback (most recent call last):
    TypeError: Cannot convert int to typed_args.Point
    """
    cdef Point p
    cdef int s = 0
    for p in items:
        s += p.x
    return s


def return_typed(int x):
    """
    >>> type(return_typed(1)).__name__
    'Point'
    """
    return make(x)


cdef Point make(int x):
    return Point(x)

