# cython: boundscheck=False, wraparound=False
# The fused kernels of bench/fused.py: each kernel once over cython.floating, and the same body
# written for one type (_d: double, _f: float), which the fused one must equal in speed.
cimport cython


def total(const cython.floating[::1] x):
    cdef cython.floating s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s


def dot(const cython.floating[::1] a, const cython.floating[::1] b):
    cdef cython.floating s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def saxpy(const cython.floating[::1] x, cython.floating[::1] y, double alpha):
    cdef cython.floating k = <cython.floating>alpha
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] += k * x[i]


def total_d(const double[::1] x):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s


def dot_d(const double[::1] a, const double[::1] b):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def saxpy_d(const double[::1] x, double[::1] y, double alpha):
    cdef double k = alpha
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] += k * x[i]


def total_f(const float[::1] x):
    cdef float s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s


def dot_f(const float[::1] a, const float[::1] b):
    cdef float s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def saxpy_f(const float[::1] x, float[::1] y, double alpha):
    cdef float k = <float>alpha
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] += k * x[i]
