# A 3-D view summed with three nested range loops equals numpy's sum.
def total(double[:, :, :] t):
    """
    >>> import numpy as np
    >>> a = np.arange(60, dtype=np.float64).reshape(3, 4, 5) * 0.5
    >>> bool(total(a) == a.sum())
    True
    >>> bool(total(a[:, ::2, 1:]) == a[:, ::2, 1:].sum())
    True
    """
    cdef double s = 0
    cdef Py_ssize_t i, j, k
    for i in range(t.shape[0]):
        for j in range(t.shape[1]):
            for k in range(t.shape[2]):
                s += t[i, j, k]
    return s
