# Converting a Python int to a C integer a header typedefs: Cython's OverflowError names the
# typedef (libc.stdint's, numpy's, an extern block's own), a plain ctypedef the C type.
from libc.stdint cimport int8_t, uint16_t, int64_t, uint32_t
cimport numpy as cnp

cdef extern from *:
    """
    typedef short my_short;
    typedef unsigned long my_ulong;
    """
    ctypedef short my_short
    ctypedef unsigned long my_ulong

ctypedef my_short local_short
ctypedef signed char plain_char


def stdint(int8_t a, uint16_t b, int64_t c, uint32_t d):
    """
    >>> stdint(-128, 65535, -2**63, 2**32 - 1)
    (-128, 65535, -9223372036854775808, 4294967295)
    >>> stdint(128, 0, 0, 0)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int8_t
    >>> stdint(0, 65536, 0, 0)
    Traceback (most recent call last):
    OverflowError: value too large to convert to uint16_t
    >>> stdint(0, -1, 0, 0)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to uint16_t
    >>> stdint(0, 0, 0, -5)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to uint32_t
    """
    return a, b, c, d


def numpy_types(cnp.int8_t a, cnp.uint8_t b, cnp.int16_t c):
    """
    >>> numpy_types(-1, 255, 300)
    (-1, 255, 300)
    >>> numpy_types(200, 0, 0)
    Traceback (most recent call last):
    OverflowError: value too large to convert to npy_int8
    >>> numpy_types(0, 256, 0)
    Traceback (most recent call last):
    OverflowError: value too large to convert to npy_uint8
    >>> numpy_types(0, -1, 0)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to npy_uint8
    """
    return a, b, c


def own_typedefs(my_short a, my_ulong b, local_short c, plain_char d):
    """
    >>> own_typedefs(1, 2, 3, 4)
    (1, 2, 3, 4)
    >>> own_typedefs(40000, 0, 0, 0)
    Traceback (most recent call last):
    OverflowError: value too large to convert to my_short
    >>> own_typedefs(0, -1, 0, 0)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to my_ulong
    >>> own_typedefs(0, 0, -40000, 0)
    Traceback (most recent call last):
    OverflowError: value too large to convert to my_short
    >>> own_typedefs(0, 0, 0, 200)
    Traceback (most recent call last):
    OverflowError: value too large to convert to signed char
    """
    return a, b, c, d


def assigned(x):
    """
    >>> assigned(70000)
    Traceback (most recent call last):
    OverflowError: value too large to convert to uint16_t
    """
    cdef uint16_t v = x
    return v
