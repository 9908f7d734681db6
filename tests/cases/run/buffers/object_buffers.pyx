# `object[dtype, ...]`: a buffer variable of any object exporting a buffer (numpy arrays,
# array.array, bytearray, memoryview); writable only when the function writes through it.
import array
import numpy as np
cimport cython

def first_last(object[double] a):
    """
    >>> first_last(array.array('d', [1.0, 2.0, 3.0]))
    (1.0, 3.0)
    >>> first_last(memoryview(np.arange(4.0)))
    (0.0, 2.0)
    """
    return a[0], a[2]

def byte_sum(object[unsigned char] b):
    """
    >>> byte_sum(bytearray(b'abc')), byte_sum(b'AB')
    (294, 131)
    """
    cdef int i, s = 0
    for i in range(len(b)):
        s += b[i]
    return s

def increment(object[int, ndim=2] a):
    """
    >>> m = np.zeros((2, 2), dtype=np.intc)
    >>> increment(m); m.tolist()
    [[1, 0], [0, 2]]
    """
    a[0, 0] += 1
    a[1, 1] = a[0, 0] + 1

def reads(object[double] a):
    """
    >>> ro = np.arange(3.0); ro.setflags(write=False)
    >>> reads(ro)
    2.0
    """
    return a[2]

def writes(object[double] a, bint really):
    """
    >>> ro = np.arange(3.0); ro.setflags(write=False)
    >>> writes(ro, False)
    Traceback (most recent call last):
    ValueError: buffer source array is read-only
    >>> writes(np.arange(3.0), True)
    5.0
    """
    if really:
        a[1] = 5
    return a[1]

def not_a_buffer(object[double] a):
    """
    >>> not_a_buffer([1.0])
    Traceback (most recent call last):
    TypeError: a bytes-like object is required, not 'list'
    >>> not_a_buffer(3)
    Traceback (most recent call last):
    TypeError: a bytes-like object is required, not 'int'
    >>> not_a_buffer(b'abc')
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'unsigned char'
    """
    return a[0]

def attributes_are_python(object[double, ndim=2] a):
    """
    >>> attributes_are_python(np.zeros((2, 3)))
    ((2, 3), 2, 'Python object')
    """
    return a.shape, a.ndim, cython.typeof(a.shape)

def complex_items(object[double complex] z):
    """
    >>> complex_items(np.array([1+2j, 3j]))
    (2+5j)
    """
    z[1] = z[1] + 1
    return z[0] + z[1]

def chars(object[char] c):
    """
    A buffer's plain char item takes bytes of either sign (bytes export unsigned ones), as in
    Cython; a view's does not.

    >>> chars(b'abc')
    97
    """
    return c[0]

def char_view(const char[:] v):
    """
    >>> char_view(b'xyz')
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'const char' but got 'unsigned char'
    """
    return v[2]
