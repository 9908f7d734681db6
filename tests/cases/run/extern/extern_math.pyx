# cdef extern from standard headers, declared by hand (no libc .pxd cimports): functions of
# math.h and stdlib.h, constants of math.h, limits.h and stdint.h read as C values, macros
# declared as functions, and the Python conversions of their results.
# Expected outputs recorded from Cython 3.3.0.

cdef extern from "math.h":
    double sqrt(double x)
    double fabs(double x)
    double floor(double x)
    double pow(double x, double y)
    double fmod(double x, double y)
    double atan2(double y, double x)
    double HUGE_VAL
    double M_PI
    bint isnan(double x)
    bint isinf(double x)
    int signbit(double x)
    float sqrtf(float x)

cdef extern from "limits.h":
    int INT_MAX
    int INT_MIN
    long LONG_MIN
    unsigned int UINT_MAX
    int CHAR_BIT

cdef extern from "stdint.h":
    ctypedef long long int64_t
    ctypedef unsigned char uint8_t
    int64_t INT64_MAX
    uint8_t UINT8_MAX

cdef extern from "stdlib.h":
    int abs(int x)
    long labs(long x)
    int atoi(const char* s)
    double strtod(const char* s, char** end)

def roots(double x):
    """
    >>> roots(2.0)
    (1.4142135623730951, 1.4142135381698608)
    >>> roots(-1.0)
    (nan, nan)
    """
    return sqrt(x), sqrtf(<float>x)

def misc():
    """
    >>> misc()
    (2.5, 3.0, 1024.0, 1.0, 0.7853981633974483)
    """
    return fabs(-2.5), floor(3.9), pow(2, 10), fmod(7, 3), atan2(1, 1)

def constants():
    """
    >>> constants()
    (inf, 3.141592653589793, 2147483647, -2147483648, -9223372036854775808, 4294967295, 8)
    """
    return HUGE_VAL, M_PI, INT_MAX, INT_MIN, LONG_MIN, UINT_MAX, CHAR_BIT

def stdint_constants():
    """
    >>> stdint_constants()
    (9223372036854775807, 255, 0)
    """
    cdef uint8_t b = UINT8_MAX
    b += 1
    return INT64_MAX, UINT8_MAX, b

def classify(double x):
    """
    >>> classify(float('nan'))
    (True, False, False)
    >>> classify(float('-inf'))
    (False, True, True)
    >>> classify(1.0)
    (False, False, False)
    >>> classify(-0.0)
    (False, False, True)
    """
    return isnan(x), isinf(x), signbit(x) != 0

def widen():
    """
    >>> widen()
    (2147483648, -2147483649, 0)
    """
    cdef unsigned int u = UINT_MAX
    u += 1
    return <long long>INT_MAX + 1, <long long>INT_MIN - 1, u

def absolutes(int i, long l):
    """
    >>> absolutes(-5, -7)
    (5, 7)
    >>> absolutes(3, 2**40)
    (3, 1099511627776)
    >>> absolutes(2**31, 0)
    Traceback (most recent call last):
    ...
    OverflowError: value too large to convert to int
    """
    return abs(i), labs(l)

def parse(bytes s):
    """
    >>> parse(b'42abc')
    (42, 42.0, 2)
    >>> parse(b'  -1.5e3x')
    (-1, -1500.0, 8)
    """
    cdef char* end
    cdef const char* start = s
    cdef double d = strtod(start, &end)
    return atoi(s), d, end - start

def extern_in_cdef(double a, double b):
    """
    >>> extern_in_cdef(3, 4)
    5.0
    """
    return hyp(a, b)

cdef double hyp(double a, double b):
    return sqrt(a * a + b * b)

def as_python_values():
    """
    >>> as_python_values()
    ('float', 'int', 'bool', 'int')
    """
    return type(sqrt(4)).__name__, type(abs(-1)).__name__, type(isnan(1.0)).__name__, type(signbit(1.0)).__name__
