# Subscripts of a buffer variable that are not a C integer on every axis index its object as
# Python does: slices, fewer indices than dimensions, Python objects as indices.
import numpy as np
cimport numpy as np
cimport cython

def rows(np.ndarray[double, ndim=2] a):
    """
    >>> rows(np.arange(6.0).reshape(2, 3))
    ([3.0, 4.0, 5.0], [1.0, 2.0], 5.0, 'Python object')
    """
    cdef object i = 1
    return a[1].tolist(), a[0, 1:].tolist(), float(a[i, 2]), cython.typeof(a[i, 2])

def slice_store(np.ndarray[double] a):
    """
    >>> x = np.zeros(4)
    >>> slice_store(x); x.tolist()
    [0.0, 1.0, 1.0, 1.0]
    """
    a[1:] = 1

def object_index(np.ndarray[long] a, i):
    """
    >>> object_index(np.arange(4), 3)
    3
    >>> object_index(np.arange(4), 9)
    Traceback (most recent call last):
    IndexError: index 9 is out of bounds for axis 0 with size 4
    """
    return int(a[i])

def python_arithmetic(np.ndarray[double] a):
    """
    >>> python_arithmetic(np.arange(3.0))
    ([1.0, 2.0, 3.0], 3)
    """
    return (a + 1).tolist(), len(a)
