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
