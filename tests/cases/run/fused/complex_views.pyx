# Fused views of complex items: chosen by the array's dtype at call time (format "Zf"/"Zd").
import numpy as np
cimport cython

ctypedef fused numeric:
    float
    double
    float complex
    double complex

def total(numeric[:] a):
    """
    >>> total(np.array([1+2j, 3j]))
    ((1+5j), 'double complex')
    >>> total(np.array([1+2j, 3j], dtype=np.complex64))
    ((1+5j), 'float complex')
    >>> total(np.arange(3.0))
    (3.0, 'double')
    """
    cdef numeric s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s, cython.typeof(s)
