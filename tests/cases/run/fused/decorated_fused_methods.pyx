# Fused def methods of cdef classes with decorators: the fused function object is made in the
# class body, its specializations dispatched on the arguments' types, and passed to its
# decorators; self is the instance (its C attributes read directly). A decorator returning the
# function itself keeps the indexing by type (`A.kept[double]`). A default computed when the class
# statement runs (not a literal) makes the method there too: evaluated once, then. Compiler
# directives as decorators apply to each specialization.
# Expected outputs recorded from Cython 3.3.0.
cimport cython

ctypedef fused number:
    int
    double

def trace(func):
    def inner(*args):
        print("call", func.__name__, args[1:])
        return func(*args)
    return inner

def keep(func):
    return func

OFFSET = 10

def offset():
    print("default evaluated")
    return OFFSET

cdef class Scaled:
    """
    >>> s = Scaled(3)
    >>> s.scale(2)
    call scale (2,)
    6
    >>> s.scale(1.5)
    call scale (1.5,)
    4.5
    >>> s.scale('x')
    Traceback (most recent call last):
    TypeError: No matching signature found
    >>> s.kept(2.5), s.kept(4)
    (7.5, 12)
    >>> Scaled.kept[int](s, 5)
    15
    >>> sorted(Scaled.kept.__signatures__)
    ['double', 'int']
    >>> s.both(2, 0.5)
    call inner (2, 0.5)
    call both (2, 0.5)
    3.5
    >>> s.shifted(1), s.shifted(1.5), s.shifted(1, 2)
    (11, 11.5, 3)
    >>> import array
    >>> s.total(array.array('d', [1, 2, 3])), s.total(array.array('f', [0.5]))
    (18.0, 1.5)
    """
    cdef int factor

    def __init__(self, factor):
        self.factor = factor

    @trace
    def scale(self, number x):
        return x * self.factor

    @keep
    def kept(self, number x):
        return x * self.factor

    @trace
    @trace
    def both(self, cython.integral a, cython.floating b):
        return a + b + self.factor - 2

    def shifted(self, number x, number y=offset()):
        return x + y + self.factor - 3

    @cython.boundscheck(False)
    @cython.wraparound(False)
    def total(self, cython.floating[:] x):
        cdef cython.floating s = 0
        for i in range(x.shape[0]):
            s += x[i] * self.factor
        return s

OFFSET = 20
