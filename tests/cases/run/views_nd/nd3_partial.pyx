# Partial indexing of a 3-D view gives 2-D and 1-D views of the same memory.
def pieces(int[:, :, :] t):
    """
    >>> import numpy as np
    >>> a = np.arange(24, dtype=np.intc).reshape(2, 3, 4)
    >>> pieces(a) == (a[1].sum(), a[1, 2].sum(), a[:, :, 3].sum(), a[0, :, 1].sum())
    True
    """
    cdef int[:, :] plane = t[1]
    cdef int[:] line = t[1, 2]
    cdef int[:, :] back = t[:, :, 3]
    cdef int[:] col = t[0, :, 1]
    cdef long a = 0, b = 0, c = 0, d = 0
    cdef Py_ssize_t i, j
    for i in range(plane.shape[0]):
        for j in range(plane.shape[1]):
            a += plane[i, j]
    for i in range(line.shape[0]):
        b += line[i]
    for i in range(back.shape[0]):
        for j in range(back.shape[1]):
            c += back[i, j]
    for i in range(col.shape[0]):
        d += col[i]
    return (a, b, c, d)

def write_through(int[:, :, :] t):
    """
    >>> import numpy as np
    >>> a = np.zeros((2, 2, 2), dtype=np.intc)
    >>> write_through(a)
    >>> a.ravel().tolist()
    [0, 0, 0, 0, 0, 0, 5, 0]
    """
    cdef int[:] line = t[1, 1]
    line[0] = 5
