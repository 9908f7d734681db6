# libc.math as a whole: float and long double variants, pointer out-parameters (modf, frexp,
# remquo), keyword arguments by the declared parameter names, functions as C function pointers,
# classification macros (isinf an int, as C declares it), the integer results (lround, ilogb), `from libc cimport math` and the
# module imported as a namespace.
from libc.math cimport modf, frexp, ldexp, remquo, sinf, sqrtf, sqrtl, fabsl, lround, llround, ilogb
from libc.math cimport isinf, isfinite, signbit, fpclassify, FP_ZERO, FP_NAN, FP_INFINITE, INFINITY, NAN, HUGE_VAL
from libc.math cimport e, pi, M_SQRT2, hypot, fma, copysign, cbrt, nextafter
from libc cimport math
cimport libc.math

def out_parameters(double x):
    """
    >>> out_parameters(2.75)
    (0.75, 2.0, 0.6875, 2, 11.0)
    >>> out_parameters(-0.5)
    (-0.5, -0.0, -0.5, 0, -2.0)
    """
    cdef double whole
    cdef int exponent
    cdef double fraction = modf(x, &whole)
    cdef double mantissa = frexp(x, &exponent)
    return fraction, whole, mantissa, exponent, ldexp(mantissa, exponent + 2)

def remainder_and_quotient(double x, double y):
    """
    >>> remainder_and_quotient(10.0, 3.0)
    (1.0, 3)
    >>> remainder_and_quotient(11.0, 3.0)
    (-1.0, 4)
    """
    cdef int quo
    cdef double r = remquo(x, y, &quo)
    return r, quo & 7

def precisions(float x):
    """
    >>> precisions(2.0)
    (1.4142135381698608, 0.9092974066734314, 1.4142135623730951, 2.0)
    """
    cdef long double l = x
    return sqrtf(x), sinf(x), <double>sqrtl(l), <double>fabsl(-l)

def rounding(double x):
    """
    >>> rounding(2.5)
    (3, 3, 1)
    >>> rounding(-2.5)
    (-3, -3, 1)
    """
    return lround(x), llround(x), ilogb(x)

def classify(double x):
    """
    >>> classify(0.0)
    (0, True, False, True, False, False)
    >>> classify(-0.0)
    (0, True, True, True, False, False)
    >>> classify(float('inf'))
    (1, False, False, False, True, False)
    >>> classify(float('nan'))
    (0, False, False, False, False, True)
    """
    c = fpclassify(x)
    return isinf(x), isfinite(x), signbit(x), c == FP_ZERO, c == FP_INFINITE, c == FP_NAN

def constants():
    """
    >>> constants()
    (2.718281828459045, 3.141592653589793, 1.4142135623730951, inf, True, inf)
    """
    return e, pi, M_SQRT2, INFINITY, NAN != NAN, HUGE_VAL

def keywords(double a, double b):
    """
    >>> keywords(3.0, 4.0)
    (5.0, 13.0, -3.0)
    """
    return hypot(y=b, x=a), fma(a, b, z=1.0), copysign(a, -1.0)

def through_pointer(double x, bint up):
    """
    >>> through_pointer(2.5, True)
    3.0
    >>> through_pointer(2.5, False)
    2.0
    >>> through_pointer(-8.0, True)
    -8.0
    """
    cdef double (*f)(double) noexcept nogil
    f = math.ceil if up else math.floor
    return f(x)

def namespaces(double x):
    """
    >>> namespaces(8.0)
    (2.0, 2.0, True)
    """
    return math.cbrt(x), libc.math.cbrt(x), nextafter(x, 30.0) > x

def without_gil(double x):
    """
    >>> without_gil(16.0)
    4.0
    """
    cdef double r
    with nogil:
        r = math.sqrt(x)
    return r
