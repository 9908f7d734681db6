# Items of a str, bytes or bytearray taken with a C integer index are read in C, as Cython reads
# them: a str's code point is a Py_UCS4, a byte a C integer, and a bytearray's byte is stored in
# C (a C value as the unsigned char it converts to, as in C); so they work without the GIL,
# whose errors are raised with it taken for the moment.
# Recorded from Cython 3.3.0.
cimport cython


def types(str s, bytes b, int i):
    """
    >>> types('h\\xe9llo', b'abc', 1)
    ('Py_UCS4', 'unsigned char', '\\xe9', 98, 'h\\xe9', 'o', 99)
    """
    x = s[i]
    y = b[i]
    return cython.typeof(x), cython.typeof(y), x, y, s[0] + s[1], s[-1], b[-1]


def nogil_read_write(bytearray b, str s, Py_ssize_t i):
    """
    >>> nogil_read_write(bytearray(b'abc'), 'xyz', 1)
    (98, 'y', bytearray(b'acc'))
    >>> nogil_read_write(bytearray(b'abc'), 'xyz', -1)
    (99, 'z', bytearray(b'abd'))
    >>> nogil_read_write(bytearray(b'abc'), 'xyz', 5)
    Traceback (most recent call last):
    IndexError: bytearray index out of range
    >>> nogil_read_write(bytearray(b'abc'), 'xyz', -5)
    Traceback (most recent call last):
    IndexError: bytearray index out of range
    >>> nogil_read_write(bytearray(b'abcdef'), 'xyz', 4)
    Traceback (most recent call last):
    IndexError: string index out of range
    """
    cdef char c
    cdef Py_UCS4 u
    with nogil:
        c = b[i]
        b[i] = c + 1
        u = s[i]
    return c, u, b


def nogil_store(bytearray x, int value):
    """
    >>> b = bytearray(b'abc')
    >>> nogil_store(b, ord('y'))
    >>> b
    bytearray(b'xyc')
    >>> nogil_store(b, 256 + ord('z'))
    >>> b
    bytearray(b'xzc')
    """
    with nogil:
        x[0] = 'x'
        x[1] = value


def nogil_index(bytearray x, int idx):
    """
    >>> nogil_index(bytearray(b'abc'), 0), nogil_index(bytearray(b'abc'), -1)
    ('a', 'c')
    >>> nogil_index(bytearray(b'abc'), 100)
    Traceback (most recent call last):
    IndexError: bytearray index out of range
    """
    with nogil:
        xi = x[idx]
    return chr(xi)


@cython.boundscheck(False)
@cython.wraparound(False)
def unchecked(str s, Py_ssize_t i):
    """
    >>> unchecked('abc', 2)
    'c'
    """
    return s[i]
