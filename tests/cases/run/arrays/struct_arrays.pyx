# C arrays of structs convert to and from Python as lists of dicts (nested lists for more
# dimensions), a struct's array of structs too; an array becomes a tuple where a tuple is wanted
# (`<tuple>a`, a tuple-typed return); an array compares with an object as its list; an iterator
# with more items than the array has places is Cython's IndexError.

cdef struct Point:
    int x
    double y

cdef struct Path:
    int n
    Point points[2]

def to_list():
    """
    >>> to_list()
    ([{'x': 1, 'y': 2.0}, {'x': 3, 'y': 4.0}], True, True)
    """
    cdef Point[2] v
    v[0] = Point(1, 2)
    v[1] = Point(3, 4)
    return v, v == [{'x': 1, 'y': 2.0}, {'x': 3, 'y': 4.0}], [{'x': 1, 'y': 2}, {'x': 3, 'y': 4}] == v

def from_list(x):
    """
    >>> from_list([{'x': 1, 'y': 2}, {'x': 3, 'y': 4.5}])
    (1, 4.5)
    >>> from_list([{'x': 1, 'y': 2}])
    Traceback (most recent call last):
    IndexError: not enough values found during array assignment, expected 2, got 1
    >>> from_list([{'x': 1, 'y': 2}, {'x': 3}])
    Traceback (most recent call last):
    ValueError: No value specified for struct attribute 'y'
    >>> from_list(iter([{'x': 1, 'y': 2}, {'x': 3, 'y': 4}, {'x': 5, 'y': 6}]))
    Traceback (most recent call last):
    IndexError: too many values found during array assignment, expected 2
    """
    cdef Point[2] v = x
    return v[0].x, v[1].y

def grid(x):
    """
    >>> grid([[{'x': i, 'y': j} for j in range(3)] for i in range(2)])
    ([[{'x': 0, 'y': 0.0}, {'x': 0, 'y': 1.0}, {'x': 0, 'y': 2.0}], [{'x': 1, 'y': 0.0}, {'x': 1, 'y': 1.0}, {'x': 1, 'y': 2.0}]], 1, 2.0)
    """
    cdef Point[2][3] g = x
    return g, g[1][2].x, g[1][2].y

def nested(d):
    """
    >>> nested({'n': 2, 'points': [{'x': 1, 'y': 0.5}, {'x': 2, 'y': 1.5}]})
    ({'n': 2, 'points': [{'x': 1, 'y': 0.5}, {'x': 20, 'y': 1.5}]}, 20)
    """
    cdef Path p = d
    p.points[1].x *= 10
    return p, p.points[1].x

cpdef tuple as_tuples():
    """
    >>> as_tuples()
    ((1, 2, 3), ({'x': 7, 'y': 0.0}, {'x': 8, 'y': 0.0}))
    """
    cdef int[3] v
    v[0] = 1
    v[1] = 2
    v[2] = 3
    cdef Point[2] w
    w[0] = Point(7, 0)
    w[1] = Point(8, 0)
    assert isinstance(<tuple>v, tuple)
    return (<tuple>v, <tuple>w)

cdef tuple int_tuple():
    cdef long[2] v
    v[0] = 5
    v[1] = 6
    return v

def tuple_return():
    """
    >>> tuple_return()
    (5, 6)
    """
    return int_tuple()
