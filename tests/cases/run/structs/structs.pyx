# cdef struct: locals, field access, struct literals (positional, keyword, dict), coercion to a
# Python dict and from a dict argument (with its errors), nested structs, arrays in structs,
# structs passed to and returned from cdef functions, copy on assignment, pointers to structs.
# Expected outputs recorded from Cython 3.3.0.

cdef struct Point:
    double x
    double y

cdef struct Segment:
    Point a
    Point b
    int tag

cdef struct Small:
    char c
    unsigned char u
    bint flag
    float f
    long long big

cdef struct Vec3:
    double v[3]
    int n

def fields():
    """
    >>> fields()
    (1.5, -2.0, -0.5)
    """
    cdef Point p
    p.x = 1.5
    p.y = -2.0
    return p.x, p.y, p.x + p.y

def literals():
    """
    >>> literals()
    (1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
    """
    cdef Point a = Point(1, 2)
    cdef Point b = Point(x=3, y=4)
    cdef Point c = {'x': 5, 'y': 6}
    return a.x, a.y, b.x, b.y, c.x, c.y

def to_dict():
    """
    >>> to_dict()
    {'x': 1.0, 'y': 2.5}
    >>> type(to_dict()).__name__
    'dict'
    """
    cdef Point p = Point(1, 2.5)
    return p

def nested_to_dict():
    """
    >>> nested_to_dict()
    {'a': {'x': 1.0, 'y': 2.0}, 'b': {'x': 3.0, 'y': 4.0}, 'tag': 7}
    """
    cdef Segment s
    s.a = Point(1, 2)
    s.b.x = 3
    s.b.y = 4
    s.tag = 7
    return s

def array_field():
    """
    >>> array_field()
    (6.0, {'v': [1.0, 2.0, 3.0], 'n': 3})
    """
    cdef Vec3 w
    cdef int i
    w.n = 3
    for i in range(3):
        w.v[i] = i + 1
    return w.v[0] + w.v[1] + w.v[2], w

def small_to_dict():
    """
    >>> small_to_dict()
    {'c': -3, 'u': 200, 'flag': True, 'f': 0.10000000149011612, 'big': 9007199254740993}
    """
    cdef Small s
    s.c = -3
    s.u = 200
    s.flag = 7
    s.f = 0.1
    s.big = 2**53 + 1
    return s

def small_from_dict(Small s):
    """
    >>> small_from_dict({'c': 1, 'u': 2, 'flag': [], 'f': 0.5, 'big': 4})
    (1, 2, False, 0.5, 4)
    >>> small_from_dict({'c': 1, 'u': 256, 'flag': 1, 'f': 0.5, 'big': 4})
    Traceback (most recent call last):
    ...
    OverflowError: value too large to convert to unsigned char
    >>> small_from_dict({'c': 1, 'u': -1, 'flag': 1, 'f': 0.5, 'big': 4})
    Traceback (most recent call last):
    ...
    OverflowError: can't convert negative value to unsigned char
    """
    return s.c, s.u, s.flag, s.f, s.big

def from_dict(Point p):
    """
    >>> from_dict({'x': 1, 'y': 2.5})
    3.5
    >>> from_dict({'y': 1, 'x': 2})
    3.0
    >>> from_dict({'x': 1})
    Traceback (most recent call last):
    ...
    ValueError: No value specified for struct attribute 'y'
    >>> from_dict({'x': 1, 'y': 2, 'z': 3})
    3.0
    """
    return p.x + p.y

def from_dict_errors(obj):
    """
    >>> from_dict_errors({'x': 'a', 'y': 2})
    Traceback (most recent call last):
    ...
    TypeError: must be real number, not str
    >>> from_dict_errors({'x': 'a'})
    Traceback (most recent call last):
    ...
    ValueError: No value specified for struct attribute 'y'
    >>> from_dict_errors(5)
    Traceback (most recent call last):
    ...
    TypeError: Expected a mapping, got int
    >>> from_dict_errors(None)
    Traceback (most recent call last):
    ...
    TypeError: Expected a mapping, got NoneType
    >>> from_dict_errors((1, 2))
    Traceback (most recent call last):
    ...
    TypeError: tuple indices must be integers or slices, not str
    """
    cdef Point p = obj
    return p.x

def nested_from_dict(Segment s):
    """
    >>> nested_from_dict({'a': {'x': 1, 'y': 2}, 'b': {'x': 3, 'y': 4}, 'tag': 5})
    (1.0, 4.0, 5)
    """
    return s.a.x, s.b.y, s.tag

cdef Point midpoint(Point a, Point b):
    cdef Point m
    m.x = (a.x + b.x) / 2
    m.y = (a.y + b.y) / 2
    return m

cdef Point scaled_down(Point a, double d):
    cdef Point m
    m.x = a.x / d
    m.y = a.y / d
    return m

def struct_result_raises(double d):
    """
    A struct result has no error value: the exception is seen through PyErr_Occurred(), as Cython 3.3.0 does.

    >>> struct_result_raises(2)
    (0.5, 1.0)
    >>> struct_result_raises(0)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    """
    cdef Point m = scaled_down(Point(1, 2), d)
    return m.x, m.y

cdef void shift(Point p, double d):
    p.x += d

def through_cdef():
    """
    >>> through_cdef()
    (2.0, 3.0, 0.0)
    """
    cdef Point a = Point(0, 0)
    cdef Point m = midpoint(a, Point(4, 6))
    shift(a, 10)
    return m.x, m.y, a.x

def copy_semantics():
    """
    >>> copy_semantics()
    (1.0, 99.0, 1.0, 5.0)
    """
    cdef Point a = Point(1, 2)
    cdef Point b = a
    b.x = 99
    cdef Segment s
    s.a = a
    s.b = a
    a.x = 5
    return s.a.x, b.x, s.b.x, a.x

cdef void scale(Point* p, double k):
    p.x *= k
    p.y *= k

def pointer_access():
    """
    >>> pointer_access()
    (3.0, 6.0, 3.0, 6.0)
    """
    cdef Point a = Point(1, 2)
    cdef Point* q = &a
    scale(q, 3)
    return q.x, q.y, a.x, a.y

def pointer_deref():
    """
    >>> pointer_deref()
    (7.0, 7.0, 10.0)
    """
    cdef Point a = Point(1, 2)
    cdef Point* q = &a
    q[0].x = 7
    cdef Point b = q[0]
    q.y = 10
    return a.x, b.x, a.y

def unknown_field_read():
    """
    An unknown field of a struct that converts to Python is not a compile error: Cython
    converts the struct to a dict and looks the name up as a Python attribute of it.

    >>> unknown_field_read()
    Traceback (most recent call last):
    ...
    AttributeError: 'dict' object has no attribute 'z'
    """
    cdef Point p = Point(1, 2)
    return p.z

def unknown_field_write():
    """
    >>> unknown_field_write()
    Traceback (most recent call last):
    ...
    AttributeError: 'dict' object has no attribute 'z'
    """
    cdef Point p = Point(1, 2)
    p.z = 3
    return p.x

def struct_sizeof():
    """
    >>> struct_sizeof()
    (16, 32, 40)
    """
    return sizeof(Point), sizeof(Vec3), sizeof(Segment)
