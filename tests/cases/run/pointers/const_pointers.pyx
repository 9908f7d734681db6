# Pointers to const: read through, passed where const is wanted, cast to non-const explicitly.
cimport cython
from libc.string cimport strlen


cdef double total(const double *values, int n) noexcept:
    cdef double s = 0
    cdef int i
    for i in range(n):
        s += values[i]
    return s


def sums():
    """
    >>> sums()
    (6.0, 'const double *', 'double *')
    """
    cdef double a[3]
    a[:] = [1.0, 2.0, 3.0]
    cdef const double *p = a
    return total(p, 3), cython.typeof(p), cython.typeof(<double *>p)


def text(bytes b):
    """
    >>> text(b'hello')
    (5, 104, b'ello')
    """
    cdef const char *s = b
    cdef char *w = <char *>s
    return strlen(s), s[0], w[1:5]
