# Wrong dimensions and non-buffer arguments; messages from Cython 3.3.0 (CPython's for non-buffers).
def one(double[:] x):
    """
    >>> import array
    >>> one(memoryview(array.array('d', [1, 2, 3, 4])).cast('B').cast('d', (2, 2)))
    Traceback (most recent call last):
    ValueError: Buffer has wrong number of dimensions (expected 1, got 2)
    >>> one(5)
    Traceback (most recent call last):
    TypeError: a bytes-like object is required, not 'int'
    >>> one([1.0])
    Traceback (most recent call last):
    TypeError: a bytes-like object is required, not 'list'
    """
    return x.shape[0]

def two(double[:, :] x):
    """
    >>> import array
    >>> two(array.array('d', [1.0]))
    Traceback (most recent call last):
    ValueError: Buffer has wrong number of dimensions (expected 2, got 1)
    """
    return x.shape[0]
