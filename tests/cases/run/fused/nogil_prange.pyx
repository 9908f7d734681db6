# Fused kernels that run without the GIL and on threads: each specialization is an ordinary
# nogil function, its prange loops shared out as any other's.
# cython: boundscheck=False, wraparound=False
from array import array
cimport cython
from cython.parallel import prange

cdef cython.floating dot(cython.floating[:] a, cython.floating[:] b) noexcept nogil:
    cdef cython.floating s = 0
    cdef Py_ssize_t i
    for i in prange(a.shape[0]):
        s += a[i] * b[i]
    return s

def fdot(cython.floating[:] a, cython.floating[:] b):
    """
    >>> fdot(array('d', [1, 2, 3]), array('d', [4, 5, 6]))
    32.0
    >>> fdot(array('f', [0.5, 1.5]), array('f', [2, 2]))
    4.0
    """
    cdef cython.floating r
    with nogil:
        r = dot(a, b)
    return r

def saxpy(cython.floating k, cython.floating[:] x, cython.floating[:] y):
    """
    >>> y = array('d', [1, 1, 1])
    >>> saxpy(2.0, array('d', [1, 2, 3]), y)
    >>> list(y)
    [3.0, 5.0, 7.0]
    """
    cdef Py_ssize_t i
    for i in prange(x.shape[0], nogil=True):
        y[i] += k * x[i]

cdef cython.integral count_odd(cython.integral[:] xs) nogil:
    cdef cython.integral n = 0
    cdef Py_ssize_t i
    for i in range(xs.shape[0]):
        if xs[i] % 2:
            n += 1
    return n

def odd(cython.integral[:] xs):
    """
    >>> odd(array('i', [1, 2, 3])), odd(array('l', [5, 7])), odd(array('h', [2]))
    (2, 2, 0)
    """
    cdef cython.integral n
    with nogil:
        n = count_odd(xs)
    return n
