# Strided numpy slices are accepted by [:, :] views; indices follow the slice, not the base.
def sum_and_corner(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(42.0).reshape(6, 7)
    >>> s = a[1::2, ::3]
    >>> sum_and_corner(s) == (s.sum(), s[-1, -1], s.shape[0], s.shape[1])
    True
    >>> sum_and_corner(a[::-1, ::-2]) == (a[::-1, ::-2].sum(), a[0, 0], 6, 4)
    True
    """
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return (s, m[m.shape[0] - 1, m.shape[1] - 1], m.shape[0], m.shape[1])
