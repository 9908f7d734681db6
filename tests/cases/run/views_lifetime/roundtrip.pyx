# A returned view passed back in is a buffer exporter like any other; writes reach the original.
def rows(double[:, :] m):
    return m[::-1]

def mark(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.zeros((2, 3))
    >>> mark(rows(a)); a.tolist()
    [[0.0, 0.0, 0.0], [1.0, 0.0, 0.0]]
    >>> mark(rows(rows(a))); a.tolist()
    [[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]]
    """
    m[0, 0] = 1

def total(double[:] x):
    """
    >>> import array
    >>> total(first(array.array('d', [1, 2, 3, 4])))
    4.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first(double[:] x):
    return x[::2]
