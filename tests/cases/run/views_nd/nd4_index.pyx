# Four indices select one element of a 4-D view; negative indices count from the end of each axis.
def at(long[:, :, :, :] x, Py_ssize_t a, Py_ssize_t b, Py_ssize_t c, Py_ssize_t d):
    """
    >>> import array
    >>> m = memoryview(array.array('l', range(120))).cast('B').cast('l', (2, 3, 4, 5))
    >>> at(m, 1, 2, 3, 4), at(m, 0, 0, 0, 0), at(m, -1, -1, -1, -1), at(m, 1, 0, 2, 1)
    (119, 0, 119, 71)
    """
    return x[a, b, c, d]

def put(long[:, :, :, :] x, long v):
    """
    >>> import array
    >>> buf = array.array('l', [0] * 16)
    >>> put(memoryview(buf).cast('B').cast('l', (2, 2, 2, 2)), 7)
    >>> list(buf)
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0]
    """
    x[1, 0, 0, 1] = v
