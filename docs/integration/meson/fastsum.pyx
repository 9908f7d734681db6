def fastsum(double[:] xs):
    """
    >>> from array import array
    >>> fastsum(array('d', [0.5, 1.5, 2.0]))
    4.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(xs.shape[0]):
        s += xs[i]
    return s
