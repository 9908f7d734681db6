# Fused buffer dtypes: one function for float32 and float64 arrays, chosen by the array's dtype.
import numpy as np
cimport numpy as np
cimport cython

ctypedef fused number:
    int
    double

def total(np.ndarray[cython.floating] a):
    """
    >>> total(np.arange(4.0)), total(np.arange(4, dtype=np.float32))
    ((6.0, 'double'), (6.0, 'float'))
    >>> total(np.arange(4))
    Traceback (most recent call last):
    TypeError: No matching signature found
    """
    cdef cython.floating s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s, cython.typeof(a[0])

def scale(object[number, ndim=2] m, number k):
    """
    >>> x = np.ones((2, 2), dtype=np.intc)
    >>> scale(x, 3); x.tolist()
    'Python object[int,ndim=2]'
    [[3, 3], [3, 3]]
    >>> y = np.ones((1, 2))
    >>> scale(y, 0.5); y.tolist()
    'Python object[double,ndim=2]'
    [[0.5, 0.5]]
    """
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] *= k
    return cython.typeof(m)
