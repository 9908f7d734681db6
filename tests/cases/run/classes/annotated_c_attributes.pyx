# Attributes of extension types declared by annotations naming C types of the module: a ctypedef,
# a struct and an enum (as Cython declares them: C attributes, typed as their names say), in a
# cdef class and in a pure Python mode @cython.cclass class.
# Expected outputs recorded from Cython 3.3.0.
cimport cython

ctypedef double real

cdef struct Pair:
    int a
    int b

cdef enum Color:
    RED = 1
    BLUE = 2

cdef class Holder:
    """
    >>> Holder().read()
    (2.5, 3, 4, 2, 'real', 'Pair', 'Color')
    """
    size: real
    pair: Pair
    color: Color

    def __init__(self):
        self.size = 2.5
        self.pair = Pair(3, 4)
        self.color = BLUE

    def read(self):
        return (self.size, self.pair.a, self.pair.b, self.color,
                cython.typeof(self.size), cython.typeof(self.pair), cython.typeof(self.color))

@cython.cclass
class PureHolder:
    """
    >>> PureHolder().read()
    (1.25, 'real')
    """
    size: real

    def __init__(self):
        self.size = 1.25

    def read(self):
        return self.size, cython.typeof(self.size)
