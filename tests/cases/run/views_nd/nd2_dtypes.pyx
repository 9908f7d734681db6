# 2-D views check the element type of the buffer with Cython's messages.
def cells(int[:, :] m):
    """
    >>> import array
    >>> cells(memoryview(array.array('i', range(6))).cast('B').cast('i', (3, 2)))
    6
    >>> cells(memoryview(array.array('d', range(6))).cast('B').cast('d', (3, 2)))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'int' but got 'double'
    >>> cells(memoryview(array.array('h', range(6))).cast('B').cast('h', (3, 2)))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'int' but got 'short'
    """
    return m.shape[0] * m.shape[1]
