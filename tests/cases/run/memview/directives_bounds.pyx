# cython: boundscheck=False, wraparound=False
# Without bounds checks and wraparound, in-range indexing still works (out-of-range would not
# be checked, as in Cython; this case stays in range).
def total(double[:] x):
    """
    >>> import array
    >>> total(array.array('d', [1.0, 2.0, 3.5]))
    6.5
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def dot(double[:] a, double[:] b):
    """
    >>> import array
    >>> dot(array.array('d', [1, 2, 3]), array.array('d', [4, 5, 6]))
    32.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s
