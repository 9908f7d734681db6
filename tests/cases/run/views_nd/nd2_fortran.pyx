# double[::1, :] asks for a Fortran-contiguous buffer; a C-ordered 2-D array is refused.
def first_column_sum(double[::1, :] m):
    """
    >>> import numpy as np
    >>> f = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    >>> first_column_sum(f), f.flags.f_contiguous
    (3.0, True)
    >>> first_column_sum(np.arange(6.0).reshape(2, 3))
    Traceback (most recent call last):
    ValueError: ndarray is not Fortran contiguous
    >>> first_column_sum(np.zeros((1, 4)))
    0.0
    """
    cdef Py_ssize_t i
    cdef double s = 0
    for i in range(m.shape[0]):
        s += m[i, 0]
    return s
