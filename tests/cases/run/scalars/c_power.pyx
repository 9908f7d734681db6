# `**` on C numbers, by Cython 3's rules (cpow=False): the usual arithmetic type where the base
# cannot be negative or the exponent is whole (a double where a signed integer exponent may be
# negative), else a "soft" complex that is a float to Python when it is real; a power stored
# straight into a C number is computed as that number's kind.
cimport cython

def types(double a, double b, int i, int j, unsigned int u):
    """
    >>> types(2.0, 3.0, 2, 3, 4)
    ('soft double complex', 'double', 'double', 'double', 'long', 'double', 'double', 'double', 'double')
    """
    return (cython.typeof(a ** b), cython.typeof(a ** 2), cython.typeof(2 ** a), cython.typeof(a ** 2.0),
            cython.typeof(i ** 2), cython.typeof(i ** j), cython.typeof(i ** -1), cython.typeof(u ** j), cython.typeof(2 ** i))

def returned(double a, double b):
    """
    >>> returned(2.0, 3.0), returned(-8.0, 1/3), returned(0.0, -1.0), returned(-2.0, 2.0)
    (8.0, (1.0000000000000002+1.7320508075688772j), (inf+nanj), 4.0)
    """
    return a ** b

def stored(double a, double b):
    """
    >>> stored(2.0, 3.0), stored(-8.0, 1/3), stored(0.0, -1.0), stored(-2.0, 2.0)
    (8.0, nan, inf, 4.0)
    """
    cdef double x = a ** b
    return x

def in_arithmetic(double a, double b):
    """
    >>> in_arithmetic(2.0, 3.0)
    (9.0, 'soft double complex')
    >>> in_arithmetic(-2.0, 0.5)
    ((1+1.4142135623730951j), 'soft double complex')
    """
    return a ** b + 1.0, cython.typeof(a ** b + 1.0)

def to_double(double a, double b):
    """
    >>> to_double(4.0, 0.5)
    3.0
    >>> to_double(-4.0, 0.5)
    Traceback (most recent call last):
    TypeError: Cannot convert 'complex' with non-zero imaginary component to 'double' (this most likely comes from the '**' operator; use 'cython.cpow(True)' to return 'nan' instead of a complex number).
    """
    cdef double x = a ** b + 1.0
    return x

def integers(int i, int j):
    """
    >>> integers(2, 3), integers(2, -1), integers(0, -1), integers(-2, 3)
    ((8.0, 4, 0.25), (0.5, 4, 0.25), (inf, 0, inf), (-8.0, 4, 0.25))
    """
    return i ** j, i ** 2, i ** -2

def integers_stored(int i, int j):
    """
    >>> integers_stored(3, 4), integers_stored(2, -1), integers_stored(-3, 3)
    (81, 0, -27)
    """
    cdef long r = i ** j
    return r

def augmented(int i, int j, double x, double y):
    """
    >>> augmented(3, 2, 2.0, 0.5)
    (9, 9, 1.4142135623730951, 2.0000000000000004)
    """
    cdef int k = i
    i **= 2
    k **= j
    x **= y
    x **= 2
    return i, k, x ** 0.5 * 1.0, x

def floats(float f, long double g):
    """
    >>> floats(2.0, 3.0)
    ('float', 'long double', 4.0, 9.0)
    """
    return cython.typeof(f ** 2), cython.typeof(g ** 2), f ** 2, g ** 2

def without_gil(double a, int n):
    """
    >>> without_gil(1.5, 4)
    5.0625
    """
    cdef double r
    with nogil:
        r = a ** n
    return r
