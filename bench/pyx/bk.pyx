"""The kernels bench/kernels.py times: the same source is built with default directives and
with boundscheck=False, wraparound=False (-X), by pyxc and, when given, by Cython.
Contiguous views ([::1]) are what a user writes for a kernel over an array of doubles.
"""

from libc.stdlib cimport malloc, free


def total(const double[::1] x):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s


def dot(const double[::1] a, const double[::1] b):
    if a.shape[0] != b.shape[0]:
        raise ValueError("dot: vectors of different lengths")
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def saxpy(double alpha, const double[::1] x, double[::1] y):
    cdef Py_ssize_t i
    if x.shape[0] != y.shape[0]:
        raise ValueError("saxpy: vectors of different lengths")
    for i in range(x.shape[0]):
        y[i] += alpha * x[i]


def matvec(const double[:, ::1] m, const double[::1] v, double[::1] out):
    cdef Py_ssize_t i, j
    cdef double s
    for i in range(m.shape[0]):
        s = 0
        for j in range(m.shape[1]):
            s += m[i, j] * v[j]
        out[i] = s


def stencil(const double[:, ::1] u, double[:, ::1] out):
    cdef Py_ssize_t i, j
    for i in range(1, u.shape[0] - 1):
        for j in range(1, u.shape[1] - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4 * u[i, j]


def prefix_sums(const double[::1] x, double[::1] out):
    cdef double acc = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        out[i] = (acc := acc + x[i])


def reversed_sum(const double[::1] x):
    cdef const double[:] r = x[::-1]
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(r.shape[0]):
        s += r[i]
    return s


def noop(double[:] x):
    pass


def rows(const double[:, :] X):
    cdef const double[:] r
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(X.shape[0]):
        r = X[i, :]
        s += r[0]
    return s


def rows_noslice(const double[:, :] X):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(X.shape[0]):
        s += X[i, 0]
    return s


def smooth(const double[::1] x, double[::1] out):
    # Raw pointers and a malloc'd scratch buffer: halve into the scratch, then a 3-point sum.
    cdef Py_ssize_t n = x.shape[0]
    cdef Py_ssize_t i
    cdef double *s = <double*>malloc(n * sizeof(double))
    if not s:
        raise MemoryError()
    cdef const double *p = &x[0]
    cdef double *q = &out[0]
    for i in range(n):
        s[i] = p[i] * 0.5
    q[0] = s[0]
    q[n - 1] = s[n - 1]
    for i in range(1, n - 1):
        q[i] = s[i - 1] + s[i] + s[i + 1]
    free(s)
