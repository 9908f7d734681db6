# cython: nonecheck=True
# A None view argument indexed with nonecheck on raises instead of crashing.
def first(double[:] x):
    """
    >>> first(None)
    Traceback (most recent call last):
    TypeError: Cannot index None memoryview slice
    >>> import array
    >>> first(array.array('d', [2.0]))
    2.0
    """
    return x[0]
