# `from m cimport name` of a name m's .pxd does not declare finds a builtin Cython's scope has
# (statsmodels: `from libc.math cimport abs as dabs`): the name is then that builtin.

from libc.math cimport abs as dabs, log as dlog
from libc.stdlib cimport len as size, ZeroDivisionError as Zero

def absolute(double x, long n):
    """
    >>> absolute(-2.5, -3)
    (2.5, 3)
    """
    return dabs(x), dabs(n)

def absolute_complex(double complex z):
    """
    >>> absolute_complex(3 - 4j)
    5.0
    """
    return dabs(z)

def absolute_object(x):
    """
    >>> absolute_object(-7)
    7
    >>> absolute_object(-1.5)
    1.5
    """
    return dabs(x)

def as_value():
    """
    >>> as_value()
    (True, 4)
    """
    f = dabs
    return f is abs, f(-4)

def other_builtins(s):
    """
    >>> other_builtins('abc')
    (3, True)
    """
    return size(s), Zero is ZeroDivisionError

def mixed(double x):
    """
    >>> mixed(1.0)
    0.0
    """
    return dabs(dlog(x))
