# <T>x between C values: C's conversions (truncation, wrap-around), no Python checks.
# Expected outputs recorded from Cython 3.3.0.
def int_of_double(double d):
    """
    >>> int_of_double(3.7), int_of_double(-3.7), int_of_double(0.5)
    (3, -3, 0)
    """
    return <int>d

def literals():
    """
    >>> literals()
    (3, 44, 255, -56, 2.0)
    """
    return <int>3.7, <unsigned char>300, <unsigned char>-1, <signed char>200, <double>2

def narrow(int i, long long v):
    """
    >>> narrow(300, 2**32 + 5)
    (44, 5, -56, 44)
    >>> narrow(-1, -1)
    (255, -1, -101, 255)
    """
    return <unsigned char>i, <int>v, <signed char>(i - 100), <unsigned char>(i + 0)

def unsigned_of_negative(int i, Py_ssize_t n):
    """
    >>> unsigned_of_negative(-1, -1)
    (4294967295, 18446744073709551615, 65535)
    """
    return <unsigned int>i, <size_t>n, <unsigned short>i

def double_of_int(long long i, int j):
    """
    >>> double_of_int(2**53 + 1, 7)
    (9007199254740992.0, 3.5)
    """
    return <double>i, <double>j / 2

def float_of_double(double d):
    """
    >>> float_of_double(0.1)
    0.10000000149011612
    >>> float_of_double(1e300)
    inf
    """
    return <float>d

def bint_of(int i, double d):
    """
    >>> bint_of(5, 0.5)
    (True, True, 1)
    >>> bint_of(0, 0.0)
    (False, False, 0)
    """
    cdef int n = <bint>i
    return <bint>i, <bint>d, n

def precedence(double d):
    """
    >>> precedence(2.7)
    (2.5, -2, -2, 7, 5)
    """
    return <int>d + 0.5, <int>-d, -<int>d, <int>d ** 2, <int>(d + 2.5)

def inferred(double d):
    """
    >>> inferred(9.99)
    (9, 'int')
    """
    k = <long>d
    return k, type(k).__name__

def cdef_result(double d):
    """
    >>> cdef_result(-7.5)
    249
    """
    return <unsigned char>trunc(d)

cdef int trunc(double d) noexcept:
    return <int>d
