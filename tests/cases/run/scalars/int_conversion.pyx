# Argument conversion errors; messages recorded from Cython 3.3.0.
def as_int(int x):
    """
    >>> as_int(5)
    5
    >>> as_int(True)
    1
    >>> as_int(1.9)
    1
    >>> as_int("a")
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> as_int(2**31)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    >>> as_int(-2**31 - 1)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """
    return x

def as_uint(unsigned int x):
    """
    >>> as_uint(4294967295)
    4294967295
    >>> as_uint(-1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to unsigned int
    >>> as_uint(2**32)
    Traceback (most recent call last):
    OverflowError: value too large to convert to unsigned int
    """
    return x

def as_long(long x):
    """
    >>> as_long(-2**63)
    -9223372036854775808
    >>> as_long(2**63)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C long
    >>> as_long(None)
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    return x
