# Py_UNICODE: Cython's deprecated character type, a code point like Py_UCS4 (wchar_t in C).
cimport cython

cdef Py_UNICODE ascii_a = u'A'
cdef Py_UNICODE private_use = u'\uF8D2'


def module_values():
    """
    >>> module_values()
    ('A', True, False, 63698)
    """
    return ascii_a, ascii_a == u'A', private_use == u'A', <int>private_use


def convert(Py_UNICODE c):
    """
    >>> convert(u'x')
    ('x', 120, 'Py_UNICODE')
    >>> convert(66)
    ('B', 66, 'Py_UNICODE')
    >>> convert(u'xy')
    Traceback (most recent call last):
    ValueError: only single character unicode strings can be converted to Py_UNICODE, got length 2
    >>> convert(-1)
    Traceback (most recent call last):
    OverflowError: cannot convert negative value to Py_UNICODE
    >>> convert(0x110000)
    Traceback (most recent call last):
    OverflowError: value too large to convert to Py_UNICODE
    """
    cdef int code = c
    return c, code, cython.typeof(c)


def as_str(Py_UNICODE c):
    """
    >>> as_str(u'a')
    ('aa', 'a!', True, 'A')
    """
    return c * 2, c + u'!', c in u'abc', c.upper()
