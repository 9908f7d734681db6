# cython: language_level=2
# cython.cdiv(a, b) and cython.cmod(a, b): `/` and `%` computed as C computes them whatever the
# cdivision directive (truncation toward zero), at language level 2 where `/` of C integers is
# integer division; C float % under cdivision=True is fmod; the cdivision_warnings directive's
# RuntimeWarning after each `//` or `%` of operands of opposite signs (also with Python
# semantics), raised as an error when the warnings filter says so. Recorded from Cython 3.3.0.

cimport cython
import warnings


@cython.cdivision(False)
def cdiv_cmod(short a, short b):
    """
    >>> [cdiv_cmod(a, b) for a, b in [(17, 10), (-17, 10), (-17, -10), (17, -10), (4, -4), (4, -1)]]
    [(1, 7, 1, 7), (-1, -7, -2, 3), (1, -7, 1, -7), (-1, 7, -2, -3), (-1, 0, -1, 0), (-4, 0, -4, 0)]
    """
    cdef short q = cython.cdiv(a, b)
    cdef short r = cython.cmod(a, b)
    return q, r, a // b, a % b


@cython.cdivision(True)
def float_mod(double a, double b, float c, float d):
    """
    >>> [float_mod(a, b, a, b) for a, b in [(17, 10), (-17, 10), (-17, -10), (17, -10)]]
    [(7.0, 7.0, 1.0), (-7.0, -7.0, -2.0), (-7.0, -7.0, 1.0), (7.0, 7.0, -2.0)]
    """
    return a % b, c % d, a // b


def show(message, *args):
    print(message)


@cython.cdivision_warnings(True)
def warned(int a, int b, int c, int d):
    """
    >>> saved = warnings.showwarning
    >>> warnings.showwarning = show
    >>> warned(-150, 20, 19, -7)
    division with oppositely signed operands, C and Python semantics differ
    division with oppositely signed operands, C and Python semantics differ
    -2
    >>> warned(150, 20, 19, 7)
    1
    >>> warnings.showwarning = saved
    """
    return (a // b) % (c // d)


@cython.cdivision(True)
@cython.cdivision_warnings(True)
def warned_as_error(int a, int b):
    """
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("error")
    ...     warned_as_error(-7, 2)
    Traceback (most recent call last):
    RuntimeWarning: division with oppositely signed operands, C and Python semantics differ
    >>> warned_as_error(7, 2)
    1
    """
    return a % b
