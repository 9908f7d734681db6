# Values that do not fit the element type raise OverflowError with Cython's messages (it says
# "too large" for a too negative signed char as well). A Python object is broadcast into a slice.
def put(signed char[:] x, v):
    """
    >>> import array
    >>> a = array.array('b', [0, 0])
    >>> put(a, 127); list(a)
    [127, 127]
    >>> put(a, 128)
    Traceback (most recent call last):
    OverflowError: value too large to convert to signed char
    >>> put(a, -129)
    Traceback (most recent call last):
    OverflowError: value too large to convert to signed char
    """
    x[0] = v
    x[1:] = v

def put_unsigned(unsigned short[:] x, v):
    """
    >>> import array
    >>> put_unsigned(array.array('H', [0]), -1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to unsigned short
    """
    x[:] = v
