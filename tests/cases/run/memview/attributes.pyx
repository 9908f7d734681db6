# len, shape, strides, ndim, size, itemsize, nbytes of a view.
def info(double[:] x):
    """
    >>> import array
    >>> info(array.array('d', [1.0, 2.0, 3.0]))
    (3, 3, 8, 1, 3, 8, 24)
    """
    return (len(x), x.shape[0], x.strides[0], x.ndim, x.size, x.itemsize, x.nbytes)

def info2(int[:, :] m):
    """
    >>> import array
    >>> m = memoryview(array.array('i', range(6))).cast('B').cast('i', (3, 2))
    >>> info2(m)
    (3, 2, 8, 4, 2, 6, 24)
    """
    return (m.shape[0], m.shape[1], m.strides[0], m.strides[1], m.ndim, m.size, m.nbytes)

def shape_object(double[:] x):
    """
    As in Cython 3.3.0, the C array of 8 extents becomes a list of 8.

    >>> import array
    >>> shape_object(array.array('d', [1.0, 2.0]))
    [2, 0, 0, 0, 0, 0, 0, 0]
    """
    return x.shape


def first_item_address(double[:] x):
    """
    Cython's undocumented x._data: the address of the view's first item, as char *.

    >>> import array
    >>> first_item_address(array.array('d', [1.5, 2.5, 3.5]))
    (2.5, True, 3.5)
    """
    cdef double *p = <double *> x._data
    cdef double[:] tail = x[1:]
    return p[1], <char *> &x[0] == x._data, (<double *> tail._data)[1]
