# A buffer with another number of dimensions is refused with Cython's message.
def two(double[:, :] m):
    """
    >>> import array
    >>> two(array.array('d', [1.0, 2.0]))
    Traceback (most recent call last):
    ValueError: Buffer has wrong number of dimensions (expected 2, got 1)
    >>> two(memoryview(array.array('d', range(8))).cast('B').cast('d', (2, 2, 2)))
    Traceback (most recent call last):
    ValueError: Buffer has wrong number of dimensions (expected 2, got 3)
    >>> two(memoryview(array.array('d', range(4))).cast('B').cast('d', (2, 2)))
    2
    """
    return m.shape[0]

def three(double[:, :, :] t):
    """
    >>> import array
    >>> three(memoryview(array.array('d', range(4))).cast('B').cast('d', (2, 2)))
    Traceback (most recent call last):
    ValueError: Buffer has wrong number of dimensions (expected 3, got 2)
    """
    return t.shape[0]
