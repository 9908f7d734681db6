# from libc.math cimport ... calls the C functions: C doubles in and out (sqrt(-1.0) is nan).
from libc.math cimport sqrt, fabs, M_PI, isnan, pow as cpow, atan2
cimport libc.math as cm

def f(double x):
    """
    >>> f(2.0)
    (1.4142135623730951, nan, 3.141592653589793, True, 2.0, 8.0, 0.7853981633974483, 1.0)
    """
    return sqrt(x), sqrt(-1.0), M_PI, isnan(sqrt(-1.0)), sqrt(4), cpow(x, 3), atan2(1, 1), cm.fabs(cm.floor(-0.5))

def g(x):
    """
    >>> g(9)
    3.0
    >>> g('a')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    return sqrt(x)

def norm(double[:] v):
    """
    >>> import array
    >>> norm(array.array('d', [3, 4]))
    5.0
    """
    cdef double s = 0
    for e in v:
        s += e * e
    return sqrt(s)
