# An ellipsis stands for all the axes the other indices leave.
def whole(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.zeros((2, 3))
    >>> whole(a)
    (2, 3)
    >>> a.tolist()
    [[0.0, 0.0, 0.0], [0.0, 0.0, 9.0]]
    """
    cdef double[:, :] v = m[...]
    v[1, 2] = 9
    return v.shape[0], v.shape[1]

def last_axis(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(6.0).reshape(2, 3)
    >>> last_axis(a) == (a[..., 1].tolist(), a[0, ...].tolist())
    True
    """
    cdef double[:] col = m[..., 1]
    cdef double[:] row = m[0, ...]
    return [col[0], col[1]], [row[0], row[1], row[2]]

def three_d(double[:, :, :] t):
    """
    >>> import numpy as np
    >>> a = np.arange(24.0).reshape(2, 3, 4)
    >>> three_d(a) == (a[..., 0].shape, a[..., 0][1, 2], a[0, ..., 1].shape, a[0, ..., 1][2], a[1, ...].shape)
    True
    """
    cdef double[:, :] p = t[..., 0]
    cdef double[:] q = t[0, ..., 1]
    cdef double[:, :] r = t[1, ...]
    return (p.shape[0], p.shape[1]), p[1, 2], (q.shape[0],), q[2], (r.shape[0], r.shape[1])
