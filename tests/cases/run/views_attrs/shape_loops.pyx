# Extents read from shape bound nested loops; an empty axis runs no iterations.
def count(double[:, :, :] t):
    """
    >>> import numpy as np
    >>> count(np.zeros((2, 3, 4))), count(np.zeros((2, 0, 4))), count(np.zeros((0, 3, 4)))
    (24, 0, 0)
    """
    cdef Py_ssize_t i, j, k, n = 0
    for i in range(t.shape[0]):
        for j in range(t.shape[1]):
            for k in range(t.shape[2]):
                n += 1
    return n
