# Declarations written as C writes them, as Cython reads them: struct fields ending with a
# semicolon (in a header's struct and in the module's own), and cpython.object's Py_SIZE.
# Expected outputs recorded from Cython 3.3.0.
from cpython.object cimport Py_SIZE

cdef extern from *:
    """
    typedef struct { int count; double scale; } counter_t;
    """
    ctypedef struct counter_t:
        int count;
        double scale;

cdef struct Pair:
    int first;
    int second

def pair(int a, int b):
    """
    >>> pair(1, 2)
    {'first': 1, 'second': 2}
    """
    cdef Pair p = Pair(a, b)
    return p

def counter(int n):
    """
    >>> counter(3)
    (3, 1.5)
    """
    cdef counter_t c
    c.count = n
    c.scale = n / 2
    return c.count, c.scale

def sizes(list l, tuple t, bytes b):
    """
    >>> sizes([1, 2, 3], (4,), b'hello')
    (3, 1, 5)
    """
    return Py_SIZE(l), Py_SIZE(t), Py_SIZE(b)
