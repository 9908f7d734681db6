# Python's own memoryview of a returned view sees the same memory, format and shape.
def middle(int[:] x):
    """
    >>> import array
    >>> a = array.array('i', [1, 2, 3, 4])
    >>> m = memoryview(middle(a))
    >>> m[0] = 20
    >>> m.format, m.shape, m.tolist(), a.tolist()
    ('i', (2,), [20, 3], [1, 20, 3, 4])
    """
    return x[1:-1]
