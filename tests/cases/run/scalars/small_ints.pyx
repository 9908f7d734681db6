# Narrow C integer types: range checks on the way in, C arithmetic inside. Messages from Cython 3.3.0.
def as_char(char c):
    """
    >>> as_char(127), as_char(-128)
    (127, -128)
    >>> as_char(128)
    Traceback (most recent call last):
    OverflowError: value too large to convert to char
    """
    return c

def as_uchar(unsigned char c):
    """
    >>> as_uchar(255)
    255
    >>> as_uchar(256)
    Traceback (most recent call last):
    OverflowError: value too large to convert to unsigned char
    >>> as_uchar(-1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to unsigned char
    """
    return c

def as_short(short s):
    """
    >>> as_short(-32768)
    -32768
    >>> as_short(32768)
    Traceback (most recent call last):
    OverflowError: value too large to convert to short
    """
    return s

def widen(short a, short b):
    """
    >>> widen(30000, 30000)
    60000
    """
    return a + b
