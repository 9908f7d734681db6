# libc.stdlib, libc.string, libc.limits and libc.errno through pyxc's own declaration files; cdef extern
# from a header and from verbatim C. Expected outputs recorded from Cython 3.3.0.
from libc.stdlib cimport malloc, free, calloc, realloc, atoi, abs as c_abs
from libc.string cimport memcpy, memset, strlen, strcmp
from libc.limits cimport INT_MAX, LLONG_MIN
from libc.errno cimport errno, ERANGE

cdef extern from "<math.h>":
    double hypot(double x, double y)
    const double HUGE_VAL

cdef extern from *:
    """
    static int triple(int x) { return 3 * x; }
    #define SQUARE(x) ((x) * (x))
    """
    int triple(int)
    int SQUARE(int x)

def total(int n):
    """
    >>> total(5)
    10.0
    """
    cdef double *p = <double*>malloc(n * sizeof(double))
    if not p:
        raise MemoryError()
    cdef int i
    try:
        for i in range(n):
            p[i] = i
        return sum_of(p, n)
    finally:
        free(p)

cdef double sum_of(double *p, int n):
    cdef double s = 0
    for x in p[:n]:
        s += x
    return s

def strings():
    """
    >>> strings()
    (5, 0, 42, 0, 3)
    """
    return strlen(b"hello"), strcmp("a", "a"), atoi(b"42"), strlen(""), c_abs(-3)

def consts():
    """
    >>> consts()
    (2147483647, -9223372036854775808, True)
    """
    return INT_MAX, LLONG_MIN, HUGE_VAL > 1e308

def verbatim(int x):
    """
    >>> verbatim(4)
    (12, 16, 5.0)
    """
    return triple(x), SQUARE(x), hypot(3, 4)

def err():
    """
    >>> err()
    (0, 34)
    """
    global errno
    errno = 0
    cdef int before = errno
    return before, ERANGE
