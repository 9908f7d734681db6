# cython: boundscheck=False, wraparound=False
"""One step of k-means on float32 or float64 points, on every core: one fused kernel serves
both, each specialization compiled for its type, its assignment loop shared out by prange.
Checked against numpy on random data.

>>> import numpy as np
>>> rng = np.random.default_rng(2026)
>>> for dtype in (np.float32, np.float64):
...     points = rng.random((3000, 4)).astype(dtype)
...     centers = points[:5].copy()
...     labels = np.empty(3000, dtype=np.intp)
...     new = np.empty_like(centers)
...     inertia = kmeans_step(points, centers, labels, new)
...     d = ((points[:, None, :].astype(np.float64) - centers[None, :, :]) ** 2).sum(-1)
...     want = d.argmin(1)
...     means = np.array([points[want == c].mean(0) for c in range(5)])
...     print(dtype.__name__, bool((labels == want).all()), bool(np.allclose(new, means, rtol=1e-4)),
...           bool(np.isclose(inertia, d.min(1).sum())))
float32 True True True
float64 True True True
>>> sorted(kmeans_step.__signatures__)
['double', 'float']
>>> kmeans_step(np.zeros((2, 2), np.int32), np.zeros((1, 2), np.int32), np.empty(2, np.intp), np.empty((1, 2), np.int32))
Traceback (most recent call last):
TypeError: No matching signature found
"""
cimport cython
from cython.parallel import prange
from libc.stdlib cimport calloc, free


cdef inline double distance2(const cython.floating[:, ::1] a, Py_ssize_t i, const cython.floating[:, ::1] b,
                             Py_ssize_t j) noexcept nogil:
    # Accumulated in double for either type: float32 data keeps float64's accuracy in the sums.
    cdef double s = 0, diff
    cdef Py_ssize_t d
    for d in range(a.shape[1]):
        diff = a[i, d] - b[j, d]
        s += diff * diff
    return s


def kmeans_step(const cython.floating[:, ::1] points, const cython.floating[:, ::1] centers,
                Py_ssize_t[::1] labels, cython.floating[:, ::1] new_centers):
    """Labels each point with its nearest center (in parallel), writes the mean of each center's
    points to new_centers (a center without points stays where it was) and returns the sum of
    the squared distances."""
    cdef Py_ssize_t n = points.shape[0], k = centers.shape[0], dim = points.shape[1]
    if centers.shape[1] != dim or new_centers.shape[0] != k or new_centers.shape[1] != dim or labels.shape[0] != n:
        raise ValueError("kmeans_step: shapes do not match")
    cdef Py_ssize_t i, c, best, d
    cdef double dist, best_dist, inertia = 0
    for i in prange(n, nogil=True, schedule='static'):
        best = 0
        best_dist = distance2(points, i, centers, 0)
        for c in range(1, k):
            dist = distance2(points, i, centers, c)
            if dist < best_dist:
                best_dist = dist
                best = c
        labels[i] = best
        inertia += best_dist
    cdef double *sums = <double *>calloc(k * dim, sizeof(double))
    cdef Py_ssize_t *counts = <Py_ssize_t *>calloc(k, sizeof(Py_ssize_t))
    if sums == NULL or counts == NULL:
        free(sums)
        free(counts)
        raise MemoryError()
    for i in range(n):
        counts[labels[i]] += 1
        for d in range(dim):
            sums[labels[i] * dim + d] += points[i, d]
    for c in range(k):
        for d in range(dim):
            new_centers[c, d] = sums[c * dim + d] / counts[c] if counts[c] else centers[c, d]
    free(sums)
    free(counts)
    return inertia
