# prange kernels for bench/parallel: each takes the number of threads (num_threads=0 would be
# OpenMP's default), so one build is timed on 1 and on 2 threads.
from cython.parallel import prange
cimport cython

@cython.boundscheck(False)
@cython.wraparound(False)
def total(double[:] x, int nt):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in prange(x.shape[0], nogil=True, num_threads=nt, schedule='static'):
        s += x[i]
    return s

@cython.boundscheck(False)
@cython.wraparound(False)
def dot(double[:] x, double[:] y, int nt):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in prange(x.shape[0], nogil=True, num_threads=nt, schedule='static'):
        s += x[i] * y[i]
    return s

@cython.boundscheck(False)
@cython.wraparound(False)
def saxpy(double a, double[:] x, double[:] y, double[:] out, int nt):
    cdef Py_ssize_t i
    for i in prange(x.shape[0], nogil=True, num_threads=nt, schedule='static'):
        out[i] = a * x[i] + y[i]

@cython.boundscheck(False)
@cython.wraparound(False)
def stencil(double[:, ::1] u, double[:, ::1] out, int nt):
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = u.shape[0], m = u.shape[1]
    for i in prange(1, n - 1, nogil=True, num_threads=nt, schedule='static'):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
