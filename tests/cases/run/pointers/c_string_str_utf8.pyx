# cython: c_string_type=str, c_string_encoding=utf8
# The c_string_type and c_string_encoding directives: a char * becomes a str (decoded as UTF-8)
# and a str can be passed where a char * is wanted (its UTF-8 characters, as long as it lives).
from libc.string cimport strlen


def as_object(char *s):
    """
    >>> as_object('h\\xe9llo')
    ('h\\xe9llo', <class 'str'>, 6)
    >>> as_object(b'bytes too')
    ('bytes too', <class 'str'>, 9)
    >>> as_object(None)
    Traceback (most recent call last):
    TypeError: expected bytes, NoneType found
    """
    return s, type(<object>s), strlen(s)


def casts(char *s):
    """
    >>> casts('abc')
    (b'abc', 'abc', 'abc', bytearray(b'abc'))
    """
    return <bytes>s, <str>s, <unicode>s, <bytearray>s


def slices(char *s, int start, int end):
    """
    >>> slices('grok', 1, 3)
    ('ro', b'ro', 'ok')
    """
    return s[start:end], <bytes>s[start:end], s[2:]


def array(char *s):
    """
    >>> array('xy')
    ('xy', b'xy')
    """
    cdef char buf[8]
    cdef int i
    for i in range(8):
        buf[i] = s[i]
        if not s[i]:
            break
    return buf, <bytes>buf


def bad_utf8():
    """
    >>> bad_utf8()
    Traceback (most recent call last):
    UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
    """
    cdef char *s = b'\xff'
    return s


def from_str(str text):
    """
    >>> from_str('\\u20ac5')
    (4, 226)
    """
    cdef char *s = text
    return strlen(s), <unsigned char>s[0]
