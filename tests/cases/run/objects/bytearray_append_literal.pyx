# `append` of a bytearray-typed value with a one-character string literal: Cython appends the
# character's code (its append takes the literal as a C char; Python's bytearray.append would
# refuse a str). Other arguments are appended as Python appends them.
def typed(bytearray b, int i, o):
    """
    >>> typed(bytearray(b'ab'), 67, 68)
    bytearray(b'abXYCD')
    >>> typed(bytearray(), 256, 0)
    Traceback (most recent call last):
    ValueError: byte must be in range(0, 256)
    >>> typed(bytearray(), 65, 'Z')
    Traceback (most recent call last):
    TypeError: 'str' object cannot be interpreted as an integer
    >>> typed(None, 65, 66)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'append'
    """
    b.append('X')
    b.append(b'Y')
    b.append(i)
    b.append(o)
    return b


def untyped(b):
    """
    >>> untyped(bytearray(b'q'))
    Traceback (most recent call last):
    TypeError: 'str' object cannot be interpreted as an integer
    """
    b.append('X')
    return b
