# A bytearray's bytes stored in C as Cython stores them: a C integer outside range(0, 256) is
# ValueError, an object is converted to an unsigned char (OverflowError), in-place operators
# read and store the byte in C; a C string becomes a bytearray where one is wanted.
# Recorded from Cython 3.3.0.


def assign_to_index(bytearray b, value):
    """
    >>> assign_to_index(bytearray(b'0abcdefg'), 1)
    bytearray(b'0xyzee\\x01h')
    >>> assign_to_index(bytearray(b'0ABCDEFG'), 40)
    bytearray(b'0xyzEE(o')
    >>> assign_to_index(bytearray(b'0abcdefg'), -1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to unsigned char
    >>> assign_to_index(bytearray(b'0abcdef\\x00'), 255)
    bytearray(b'0xyzee\\xff\\xff')
    >>> assign_to_index(bytearray(b'0abcdef\\x01'), 255)
    Traceback (most recent call last):
    OverflowError: value too large to convert to unsigned char
    """
    b[1] = 'x'
    b[2] = b'y'
    b[3] = c'z'
    b[4] += 1
    b[5] |= 1
    b[6] = value
    b[7] += value
    return b


def check_bounds(int cvalue):
    """
    >>> check_bounds(0), check_bounds(255)
    (0, 255)
    >>> check_bounds(256)
    Traceback (most recent call last):
    ValueError: byte must be in range(0, 256)
    >>> check_bounds(-1)
    Traceback (most recent call last):
    ValueError: byte must be in range(0, 256)
    """
    b = bytearray(b'x')
    b[0] = cvalue
    return b[0]


def in_place_range(bytearray b, int i):
    """
    >>> in_place_range(bytearray(b'\\xff'), 0)
    Traceback (most recent call last):
    ValueError: byte must be in range(0, 256)
    >>> in_place_range(bytearray(b'\\x05'), -1)
    bytearray(b'\\x06')
    """
    b[i] += 1
    return b


cpdef bytearray from_charptr(char* s):
    """
    >>> from_charptr(b'abc'), from_slice(b'abcd')
    (bytearray(b'abc'), bytearray(b'ab'))
    """
    return s


cpdef bytearray from_slice(char* s):
    return s[:2]
