# Buffer variables in cdef, cpdef and method signatures, read without the GIL and in prange.
import numpy as np
cimport numpy as np
cimport cython
from cython.parallel import prange

cdef double first(np.ndarray[double] a, int i):
    return a[i]

def through_cdef(x):
    """
    >>> through_cdef(np.arange(4.0))
    5.0
    >>> through_cdef([1.0])
    Traceback (most recent call last):
    TypeError: Cannot convert list to numpy.ndarray
    """
    return first(x, 2) + first(x, 3)

cpdef long count_positive(object[long] a):
    """
    >>> count_positive(np.array([1, -2, 3, 0, 5]))
    3
    """
    cdef long n = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        if a[i] > 0:
            n += 1
    return n

cdef class Scaler:
    cdef double factor

    def __init__(self, double factor):
        self.factor = factor

    def scale(self, np.ndarray[double, ndim=2] m):
        """
        >>> Scaler(2).scale(np.ones((2, 2)))
        [[2.0, 2.0], [2.0, 2.0]]
        """
        cdef Py_ssize_t i, j
        for i in range(m.shape[0]):
            for j in range(m.shape[1]):
                m[i, j] *= self.factor
        return m.tolist()

def without_gil(np.ndarray[double] a):
    """
    >>> without_gil(np.arange(5.0))
    10.0
    >>> without_gil(np.arange(2.0))
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    cdef double s = 0
    cdef Py_ssize_t i
    with nogil:
        for i in range(5):
            s += a[i]
    return s

@cython.boundscheck(False)
def parallel_square(np.ndarray[double] a):
    """
    >>> parallel_square(np.arange(6.0))
    [0.0, 1.0, 4.0, 9.0, 16.0, 25.0]
    """
    cdef Py_ssize_t i
    for i in prange(a.shape[0], nogil=True):
        a[i] = a[i] * a[i]
    return a.tolist()

def parallel_sum(np.ndarray[double, mode="c"] a):
    """
    >>> parallel_sum(np.arange(100.0))
    4950.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in prange(a.shape[0], nogil=True):
        s += a[i]
    return s

@cython.cdivision(True)
def c_division(np.ndarray[int] a):
    """
    >>> c_division(np.array([-7, 7], dtype=np.intc))
    [-3, 1]
    """
    a[0] //= 2
    a[1] %= 3
    return a.tolist()
