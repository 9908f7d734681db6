# `from cpython.bool cimport bool`: bool as the extension type Cython's cpython/bool.pxd declares,
# so arguments and variables of it are tested as an extension type's are (None allowed, Cython's
# "Cannot convert str to bool"), and isinstance() works with it. Expected outputs recorded from
# Cython 3.3.0.

from cpython.bool cimport bool, PyBool_Check


def argument(bool a):
    """
    >>> argument(True), argument(False), argument(None)
    (True, False, None)
    >>> argument('abc')
    Traceback (most recent call last):
    TypeError: Argument 'a' has incorrect type (expected bool, got str)
    """
    return a


def variable(x):
    """
    >>> variable(1 == 1)
    (True, True, True)
    >>> variable(1)
    Traceback (most recent call last):
    TypeError: Cannot convert int to bool
    """
    cdef bool b = x
    return b, isinstance(x, bool), PyBool_Check(b)


cdef c_side(bool a):
    return a == True


def through_c(a):
    """
    >>> through_c(True), through_c(False)
    (True, False)
    >>> through_c('abc')
    Traceback (most recent call last):
    TypeError: Cannot convert str to bool
    """
    return c_side(a)
