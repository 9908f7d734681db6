# len() of a view is its first extent; ndim is a compile-time constant of the type.
def info(long[:, :] m):
    """
    >>> import array
    >>> info(memoryview(array.array('l', range(6))).cast('B').cast('l', (3, 2)))
    (3, 2, 2, 1)
    """
    cdef long[:] r = m[0]
    return len(m), m.ndim, len(r), r.ndim
