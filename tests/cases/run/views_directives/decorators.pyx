# Directives as decorators after `cimport cython`: the decorated function runs unchecked loops.
cimport cython

@cython.boundscheck(False)
@cython.wraparound(False)
def total(double[:] x):
    """
    >>> import array
    >>> total(array.array('d', [1.5, 2.5, 3.0]))
    7.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def checked(double[:] x, Py_ssize_t i):
    """
    >>> import array
    >>> checked(array.array('d', [1.0]), 1)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return x[i]
