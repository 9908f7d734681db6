# cython.typeof, cython.sizeof and cython.cast: Cython's compile-time functions as the expressions they stand for.
# Expected outputs recorded from Cython 3.3.0.
cimport cython

def f(int v, list l, double d):
    """
    >>> f(3, [], 1.5)
    ('int', 'list object', 'double', 'Python object', 'int *', 4, 3, 4, 7)
    """
    cdef int x = v
    cdef int *p = cython.address(x)
    p[0] += 1
    o = l if v else None
    return (cython.typeof(v), cython.typeof(l), cython.typeof(d), cython.typeof(o), cython.typeof(p),
            cython.sizeof(cython.int), cython.cast(cython.int, 3.7), x, cython.cast(int, d) + 6)
