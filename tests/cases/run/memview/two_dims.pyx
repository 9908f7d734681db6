# 2-D views: element indexing, row views, shapes.
def total(double[:, :] m):
    """
    >>> import array
    >>> m = memoryview(array.array('d', [1, 2, 3, 4, 5, 6])).cast('B').cast('d', (2, 3))
    >>> total(m)
    21.0
    """
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s

def row(double[:, :] m, Py_ssize_t i):
    """
    >>> import array
    >>> m = memoryview(array.array('d', [1, 2, 3, 4, 5, 6])).cast('B').cast('d', (2, 3))
    >>> r = row(m, 1)
    >>> r.shape, r[0], r[2]
    ((3,), 4.0, 6.0)
    """
    return m[i]

def column_sum(double[:, :] m, Py_ssize_t j):
    """
    >>> import array
    >>> m = memoryview(array.array('d', [1, 2, 3, 4, 5, 6])).cast('B').cast('d', (2, 3))
    >>> column_sum(m, 1)
    7.0
    """
    col = m[:, j]
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(col.shape[0]):
        s += col[i]
    return s
