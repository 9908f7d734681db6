# double[:, ::1] asks for a C-contiguous buffer: a transposed or column-sliced array is refused.
def trace(double[:, ::1] m):
    """
    >>> import numpy as np
    >>> a = np.arange(9.0).reshape(3, 3)
    >>> bool(trace(a) == np.trace(a))
    True
    >>> trace(a.T)
    Traceback (most recent call last):
    ValueError: ndarray is not C-contiguous
    >>> trace(a[:, ::2])
    Traceback (most recent call last):
    ValueError: ndarray is not C-contiguous
    >>> trace(a[::2])
    Traceback (most recent call last):
    ValueError: ndarray is not C-contiguous
    """
    cdef Py_ssize_t i
    cdef double s = 0
    for i in range(min(m.shape[0], m.shape[1])):
        s += m[i, i]
    return s
