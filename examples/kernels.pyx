# cython: boundscheck=False, wraparound=False
"""Numeric kernels on typed memoryviews, checked against numpy on random data.

The module turns off bounds checks and wraparound, so the loops compile to plain pointer
arithmetic; `checked_sum` turns checks back on with a decorator, `reversed_sum` uses a
`with` block.

>>> import numpy as np
>>> rng = np.random.default_rng(2026)
>>> x = rng.random(1000); y = rng.random(1000)
>>> bool(np.isclose(total(x), x.sum())), bool(np.isclose(dot(x, y), x @ y))
(True, True)
>>> out = y.copy(); saxpy(2.5, x, out); bool(np.allclose(out, 2.5 * x + y))
True
>>> m = rng.random((40, 25)); v = rng.random(25); mv = np.empty(40)
>>> matvec(m, v, mv); bool(np.allclose(mv, m @ v))
True
>>> u = rng.random((30, 20)); lap = np.zeros_like(u); stencil(u, lap)
>>> bool(np.allclose(lap[1:-1, 1:-1], u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4 * u[1:-1, 1:-1]))
True
>>> bool(np.isclose(reversed_sum(x[::3]), x[::3][::-1].sum()))
True
>>> p = np.empty(1000); prefix_sums(x, p); bool(np.allclose(p, np.cumsum(x)))
True
>>> checked_sum(x[:10], 10)
Traceback (most recent call last):
IndexError: Out of bounds on buffer access (axis 0)
"""
cimport cython


def total(const double[:] x):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s


def dot(const double[:] a, const double[:] b):
    if a.shape[0] != b.shape[0]:
        raise ValueError("dot: vectors of different lengths")
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def saxpy(double alpha, const double[:] x, double[:] y):
    """y <- alpha * x + y, in place."""
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] += alpha * x[i]


def matvec(const double[:, ::1] m, const double[:] v, double[:] out):
    cdef Py_ssize_t i, j
    cdef double s
    for i in range(m.shape[0]):
        s = 0
        for j in range(m.shape[1]):
            s += m[i, j] * v[j]
        out[i] = s


def stencil(const double[:, :] u, double[:, :] out):
    """The five-point Laplacian on the interior of a grid."""
    cdef Py_ssize_t i, j
    for i in range(1, u.shape[0] - 1):
        for j in range(1, u.shape[1] - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4 * u[i, j]


def reversed_sum(const double[:] x):
    cdef const double[:] r = x[::-1]
    cdef double s = 0
    cdef Py_ssize_t i
    with cython.boundscheck(True):
        for i in range(r.shape[0]):
            s += r[i]
    return s


def prefix_sums(const double[:] x, double[:] out):
    cdef double acc = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        out[i] = (acc := acc + x[i])


@cython.boundscheck(True)
def checked_sum(const double[:] x, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(n + 1):
        s += x[i]
    return s
