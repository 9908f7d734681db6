# cython.view axis specifiers: strided and generic accept any strides, contiguous wants unit stride.
from cython cimport view

def strided(double[::view.strided] x):
    """
    >>> import array
    >>> strided(memoryview(array.array('d', range(6)))[::2])
    (3, 16)
    """
    return x.shape[0], x.strides[0]

def generic(double[::view.generic] x):
    """
    >>> import array
    >>> generic(memoryview(array.array('d', range(6)))[::-1])
    (6, -8)
    """
    return x.shape[0], x.strides[0]

def contiguous(double[::view.contiguous] x):
    """
    >>> import array
    >>> contiguous(array.array('d', range(6)))
    5.0
    >>> contiguous(memoryview(array.array('d', range(6)))[::2])
    Traceback (most recent call last):
    BufferError: memoryview: underlying buffer is not C-contiguous
    """
    return x[5]

def as_contig_1(double[:] x):
    """
    >>> import array
    >>> as_contig_1(array.array('d', [1, 2]))
    2.0
    """
    cdef double[::view.contiguous] y = x.copy()
    return y[1]

def unit_last(double[:, ::view.contiguous] m):
    """
    One axis of unit stride, without asking the whole buffer to be contiguous.

    >>> import numpy as np
    >>> a = np.arange(12.0).reshape(3, 4)
    >>> unit_last(a), unit_last(a[::2])
    ((5.0, 32, 8), (9.0, 64, 8))
    >>> unit_last(a[:, ::2])
    Traceback (most recent call last):
    ValueError: Buffer and memoryview are not contiguous in the same dimension.
    >>> unit_last(a.T)
    Traceback (most recent call last):
    ValueError: Buffer and memoryview are not contiguous in the same dimension.
    """
    return m[1, 1], m.strides[0], m.strides[1]

def unit_first(double[::view.contiguous, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(12.0).reshape(3, 4)
    >>> unit_first(a.T), unit_first(np.asfortranarray(a))
    (5.0, 5.0)
    >>> unit_first(a)
    Traceback (most recent call last):
    ValueError: Buffer and memoryview are not contiguous in the same dimension.
    """
    return m[1, 1]

def c_to_unit(double[:, ::1] m):
    """
    A C-contiguous view is contiguous in its last axis, so it converts.

    >>> import numpy as np
    >>> c_to_unit(np.arange(12.0).reshape(3, 4))
    (0.0, 1.0)
    """
    cdef double[:, ::view.contiguous] u = m
    cdef double[:, :] s = u
    return u[0, 0], s[0, 1]
