# A C integer assigned, returned or passed where bytes is declared becomes a one-byte bytes
# object, as <bytes>i makes it; a wider integer outside 0..255 is an OverflowError.
# Recorded from Cython 3.3.0.


def assign_char(char c):
    """
    >>> assign_char(ord('A'))
    b'A'
    >>> assign_char(-1)
    b'\\xff'
    """
    cdef bytes s = c
    return s


def assign_int(int i):
    """
    >>> assign_int(66)
    b'B'
    >>> assign_int(255)
    b'\\xff'
    >>> assign_int(256)
    Traceback (most recent call last):
    OverflowError: value too large to pack into a byte
    >>> assign_int(-1)
    Traceback (most recent call last):
    OverflowError: value too large to pack into a byte
    """
    cdef bytes s
    s = i
    return s


cdef bytes as_bytes(unsigned char c):
    return c


def returned(unsigned char c):
    """
    >>> returned(0x43)
    b'C'
    """
    return as_bytes(c)


def taking(bytes b):
    return b


def passed(long n):
    """
    >>> passed(68)
    b'D'
    >>> passed(1000)
    Traceback (most recent call last):
    OverflowError: value too large to pack into a byte
    """
    cdef bytes b = n
    return taking(b)
