# assert with view expressions, and a message built from them.
def first(double[:] x):
    """
    >>> import array
    >>> first(array.array('d', [2.0]))
    2.0
    >>> first(array.array('d'))
    Traceback (most recent call last):
    AssertionError: empty view of length 0
    """
    assert x.shape[0] > 0, "empty view of length " + str(x.shape[0])
    return x[0]
