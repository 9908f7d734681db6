# x.T shares the buffer with axes reversed; x.copy() and x.copy_fortran() make new contiguous
# buffers that do not alias the original (behaviour as in Cython 3.3.0).
def t(double[:, :] m):
    """
    >>> import array
    >>> m = memoryview(array.array('d', range(6))).cast('B').cast('d', (2, 3))
    >>> r = t(m)
    >>> r.shape, r[0] if False else memoryview(r).tolist()
    ((3, 2), [[0.0, 3.0], [1.0, 4.0], [2.0, 5.0]])
    """
    return m.T

def t_element(double[:, :] m):
    """
    >>> import array
    >>> m = memoryview(array.array('d', range(6))).cast('B').cast('d', (2, 3))
    >>> t_element(m)
    5.0
    """
    tm = m.T
    return tm[2, 1]

def c(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1, 2, 3])
    >>> y = c(a)
    >>> list(y), a, y.shape
    ([99.0, 2.0, 3.0], array('d', [1.0, 2.0, 3.0]), (3,))
    """
    cdef double[::1] y = x.copy()
    y[0] = 99
    return y

def cf(double[:, :] m):
    """
    >>> import array
    >>> m = memoryview(array.array('d', range(6))).cast('B').cast('d', (2, 3))
    >>> f = cf(m)
    >>> f.shape, f.strides, memoryview(f).tolist() if memoryview(f).c_contiguous else 'fortran'
    ((2, 3), (8, 16), 'fortran')
    """
    return m.copy_fortran()

def reversed_copy(double[:] x):
    """
    >>> import array
    >>> list(reversed_copy(array.array('d', [1, 2, 3])))
    [3.0, 2.0, 1.0]
    """
    return x[::-1].copy()
