# Seven dimensions, the most Cython accepts: indexing, ndim and every extent.
def corner(double[:, :, :, :, :, :, :] x):
    """
    >>> import numpy as np
    >>> a = np.arange(2 ** 7, dtype=np.float64).reshape((2,) * 7)
    >>> corner(a)
    (7, 127.0, 0.0, 64.0, [2, 2, 2, 2, 2, 2, 2])
    """
    return x.ndim, x[1, 1, 1, 1, 1, 1, 1], x[0, 0, 0, 0, 0, 0, 0], x[1, 0, 0, 0, 0, 0, 0], [x.shape[0], x.shape[1], x.shape[2], x.shape[3], x.shape[4], x.shape[5], x.shape[6]]
