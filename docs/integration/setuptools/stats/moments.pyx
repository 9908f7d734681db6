cdef double mean_of(double[:] xs) noexcept:
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(xs.shape[0]):
        s += xs[i]
    return s / xs.shape[0]


def mean(double[:] xs):
    """
    >>> from array import array
    >>> mean(array('d', [1.0, 2.0, 6.0]))
    3.0
    """
    return mean_of(xs)


def variance(double[:] xs):
    """
    >>> from array import array
    >>> variance(array('d', [1.0, 2.0, 6.0]))
    4.666666666666667
    """
    cdef double m = mean_of(xs), s = 0
    cdef Py_ssize_t i
    for i in range(xs.shape[0]):
        s += (xs[i] - m) ** 2
    return s / xs.shape[0]
