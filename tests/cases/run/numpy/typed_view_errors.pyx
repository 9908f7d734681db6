# Buffer errors name a view's item type as it was written: a typedef by its own name.
import numpy as np
cimport numpy as cnp
ctypedef double real
ctypedef real[:] realview


def ints(cnp.int32_t[:, :] b):
    """
    >>> ints(np.ones((2, 2), dtype=np.int32))
    1
    >>> ints(np.ones((2, 2), dtype=np.int64))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'int32_t' but got 'long'
    """
    return b[1, 1]


def reals(real[:] a, realview b):
    """
    >>> reals(np.ones(1), np.ones(1))
    2.0
    >>> reals(np.ones(1, dtype=np.float32), np.ones(1))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'real' but got 'float'
    >>> reals(np.ones(1), np.ones(1, dtype=np.int8))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'real' but got 'signed char'
    """
    return a[0] + b[0]


def local_view(x):
    """
    >>> local_view(np.arange(3, dtype=np.uint8))
    2
    >>> local_view(np.arange(3.0))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'uint8_t' but got 'double'
    """
    cdef cnp.uint8_t[::1] v = x
    return v[2]
