# Comprehensions in methods reading self (a Python class and a cdef class with C fields and a
# view field), and in a class body, where the first iterable sees class variables but the body
# does not (Python's class scope rule).
# Expected outputs recorded from Cython 3.3.0.
from array import array


class Table:
    def __init__(self, rows):
        self.rows = rows

    def column(self, int k):
        return [row[k] for row in self.rows]


cdef class Vec:
    cdef double[:] data
    cdef int scale

    def __init__(self, data, int scale):
        self.data = data
        self.scale = scale

    def scaled(self):
        return [self.data[i] * self.scale for i in range(self.data.shape[0])]

    def total(self):
        return sum(v for v in self.data)


class Body:
    N = 3
    squares = [i * i for i in range(N)]
    names = {k: len(k) for k in ('a', 'bb')}


def python_method():
    """
    >>> python_method()
    [2, 4]
    """
    return Table([(1, 2), (3, 4)]).column(1)


def cdef_methods():
    """
    >>> cdef_methods()
    ([2.0, 4.0, 6.0], 6.0)
    """
    v = Vec(array('d', [1.0, 2.0, 3.0]), 2)
    return v.scaled(), v.total()


def class_body():
    """
    >>> class_body()
    ([0, 1, 4], {'a': 1, 'bb': 2})
    """
    return Body.squares, Body.names
