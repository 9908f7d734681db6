# .T reverses every axis of a 3-D view, sharing its memory.
def t_info(double[:, :, :] t):
    """
    >>> import numpy as np
    >>> a = np.arange(24.0).reshape(2, 3, 4)
    >>> t_info(a) == (a.T.shape, a.T.strides, a.T[3, 2, 1])
    True
    """
    cdef double[:, :, :] r = t.T
    return (r.shape[0], r.shape[1], r.shape[2]), (r.strides[0], r.strides[1], r.strides[2]), r[3, 2, 1]

def t_write(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.zeros((2, 3))
    >>> t_write(a); a.tolist()
    [[0.0, 0.0, 0.0], [0.0, 0.0, 1.0]]
    """
    m.T[2, 1] = 1
