# Unpacking any iterable into names, with Cython's messages for the wrong number of items.
def from_object(t):
    """
    >>> from_object((1, 2, 3))
    6
    >>> from_object([4, 5, 6])
    15
    >>> from_object(iter([1, 1, 1]))
    3
    >>> from_object((1, 2))
    Traceback (most recent call last):
    ValueError: need more than 2 values to unpack
    >>> from_object((1, 2, 3, 4))
    Traceback (most recent call last):
    ValueError: too many values to unpack (expected 3)
    >>> from_object(iter([1]))
    Traceback (most recent call last):
    ValueError: need more than 1 value to unpack
    """
    a, b, c = t
    return a + b + c
