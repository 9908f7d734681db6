# long double: declarations, arithmetic at its own precision, conversions to and from Python floats.
cimport cython
from libc.float cimport LDBL_MANT_DIG


def kinds(long double x, double d, float f):
    """
    >>> kinds(1.5, 2.5, 0.5)
    ('long double', 'long double', 'long double', 'Python object')
    """
    return cython.typeof(x), cython.typeof(x + d), cython.typeof(f * x), cython.typeof(abs(x))


def more_precise():
    """
    >>> more_precise()
    (True, False, True)
    """
    cdef long double one = 1
    cdef long double tiny = 2.0 ** -60
    cdef double done = 1
    cdef double dtiny = 2.0 ** -60
    return (one + tiny) - one > 0, (done + dtiny) - done > 0, LDBL_MANT_DIG > 53


def round_trip(o):
    """
    >>> round_trip(2.25)
    (2.25, 3.25, 2.25)
    >>> round_trip(3)
    (3.0, 4.0, 3.0)
    >>> round_trip("x")
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    cdef long double x = o
    return x, x + 1, abs(-x)


def division(long double a, long double b):
    """
    >>> division(1, 4)
    0.25
    >>> division(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    """
    return a / b


def as_cast(long double x):
    """
    >>> as_cast(7.75)
    (7, 7.75)
    """
    return <int>x, <double>x


cdef long double half(long double x) noexcept nogil:
    return x / 2


def from_nogil(long double x):
    """
    >>> from_nogil(5)
    2.5
    """
    cdef long double r
    with nogil:
        r = half(x)
    return r
