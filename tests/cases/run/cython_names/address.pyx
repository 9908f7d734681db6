# cython.address(x), the pure-Python spelling of &x.
# Expected outputs recorded from Cython 3.3.0.
cimport cython

def cython_address(int v):
    """
    >>> cython_address(41)
    (41, 42, True)
    """
    cdef int x = v
    cdef int *p = cython.address(x)
    cdef int seen = p[0]
    p[0] += 1
    return seen, x, p == &x

