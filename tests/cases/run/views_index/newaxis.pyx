# None in a view subscript adds an axis of extent 1 and stride 0, as numpy's newaxis does.
def lead(double[:] x):
    """
    >>> import array
    >>> lead(array.array('d', [1, 2, 3]))
    (1, 3, 0, 8, 3.0)
    """
    cdef double[:, :] y = x[None]
    return y.shape[0], y.shape[1], y.strides[0], y.strides[1], y[0, 2]

def trail(double[:] x):
    """
    >>> import array
    >>> trail(array.array('d', [1, 2, 3]))
    (3, 1, 8, 0, 2.0)
    """
    cdef double[:, :] y = x[:, None]
    return y.shape[0], y.shape[1], y.strides[0], y.strides[1], y[1, 0]

def middle(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(6.0).reshape(2, 3)
    >>> middle(a) == (a[:, None, :].shape, a[:, None, :][1, 0, 2])
    True
    """
    cdef double[:, :, :] t = m[:, None, :]
    return (t.shape[0], t.shape[1], t.shape[2]), t[1, 0, 2]

def with_index(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(6.0).reshape(2, 3)
    >>> with_index(a) == (a[None, 1].shape, a[None, 1][0, 2])
    True
    """
    cdef double[:, :] r = m[None, 1]
    return (r.shape[0], r.shape[1]), r[0, 2]
