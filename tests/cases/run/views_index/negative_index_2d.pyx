# Negative indices wrap on each axis of a 2-D view; a negative row index gives a row view.
def corners(long[:, :] m):
    """
    >>> import array
    >>> m = memoryview(array.array('l', range(12))).cast('B').cast('l', (3, 4))
    >>> corners(m)
    (11, 8, 3, [4, 5, 6, 7])
    """
    cdef long[:] r = m[-2]
    return m[-1, -1], m[-1, 0], m[0, -1], [r[0], r[1], r[2], r[3]]
