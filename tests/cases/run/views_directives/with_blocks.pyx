# A `with cython.boundscheck(False)` block affects only its body: checks apply again after it.
cimport cython

def sum_then_index(double[:] x, Py_ssize_t i):
    """
    >>> import array
    >>> sum_then_index(array.array('d', [1, 2, 3]), -1)
    (6.0, 3.0)
    >>> sum_then_index(array.array('d', [1, 2, 3]), 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    cdef double s = 0
    cdef Py_ssize_t k
    with cython.boundscheck(False), cython.wraparound(False):
        for k in range(x.shape[0]):
            s += x[k]
    return s, x[i]
