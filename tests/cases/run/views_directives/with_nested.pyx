# Nested directive blocks: the inner one turns wraparound back on, the outer state returns after.
cimport cython

def probe(double[:] x, Py_ssize_t i):
    """
    >>> import array
    >>> probe(array.array('d', [1, 2, 3]), 0)
    (3.0, 1.0, 2.0)
    >>> probe(array.array('d', [1, 2, 3]), -1)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    cdef double a, b, c
    with cython.wraparound(False):
        with cython.wraparound(True):
            a = x[-1]
        b = x[i]
    c = x[-2]
    return a, b, c
