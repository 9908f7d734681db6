# Public and readonly C array attributes of an extension type, as Cython exposes them: a list
# (nested for more dimensions, of dicts for structs; bytes up to the NUL for a char array) when
# read; when written, filled from a sequence of exactly its length, a failure changing nothing.
# Recorded from Cython 3.3.0.


cdef struct P:
    int x
    int y


cdef class Owner:
    cdef readonly int[3] ro
    cdef public double[2][2] grid
    cdef public char[8] name
    cdef public P[2] pts

    def __init__(self, a, b, c):
        self.ro = (a, b, c)
        self.grid = [[1.5, 2.5], [3.5, 4.5]]
        self.name[0] = c'a'
        self.name[1] = c'b'
        self.name[2] = 0
        self.pts[0].x = 1
        self.pts[0].y = 2
        self.pts[1].x = 3
        self.pts[1].y = 4


def read():
    """
    >>> read()
    ([1, 2, 3], [[1.5, 2.5], [3.5, 4.5]], b'ab', [{'x': 1, 'y': 2}, {'x': 3, 'y': 4}])
    """
    cdef object o = Owner(1, 2, 3)
    return o.ro, o.grid, o.name, o.pts


def write(value):
    """
    >>> write([[0, 1], [2, 3]])
    [[0.0, 1.0], [2.0, 3.0]]
    >>> write([[0, 1]])
    Traceback (most recent call last):
    IndexError: not enough values found during array assignment, expected 2, got 1
    >>> write([[0, 1], [2, 3], [4, 5]])
    Traceback (most recent call last):
    IndexError: too many values found during array assignment, expected 2
    >>> write(5)
    Traceback (most recent call last):
    TypeError: 'int' object is not iterable
    >>> write([[9, 'x'], [1, 2]])
    Traceback (most recent call last):
    TypeError: must be real number, not str
    >>> unchanged([[9, 'x'], [1, 2]]), unchanged([[7, 7], [8]])
    ([[1.5, 2.5], [3.5, 4.5]], [[1.5, 2.5], [3.5, 4.5]])
    """
    cdef object o = Owner(1, 2, 3)
    o.grid = value
    return o.grid


def unchanged(value):
    cdef object o = Owner(1, 2, 3)
    try:
        o.grid = value
    except (TypeError, IndexError):
        pass
    return o.grid


def others():
    """
    >>> others()
    (b'1234567', [{'x': 5, 'y': 6}, {'x': 7, 'y': 8}])
    >>> readonly()
    Traceback (most recent call last):
    AttributeError: attribute 'ro' of 'array_attributes.Owner' objects is not writable
    >>> delete()
    Traceback (most recent call last):
    NotImplementedError: __del__
    >>> short_name()
    Traceback (most recent call last):
    IndexError: not enough values found during array assignment, expected 8, got 3
    """
    cdef object o = Owner(1, 2, 3)
    o.name = b'1234567\x00'
    o.pts = [{'x': 5, 'y': 6}, {'x': 7, 'y': 8}]
    return o.name, o.pts


def readonly():
    cdef object o = Owner(1, 2, 3)
    o.ro = [4, 5, 6]


def delete():
    cdef object o = Owner(1, 2, 3)
    del o.grid


def short_name():
    cdef object o = Owner(1, 2, 3)
    o.name = b'xyz'
