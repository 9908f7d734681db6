# cython: boundscheck=False, wraparound=False
"""Descriptive statistics over a typed memoryview of doubles, checked against Python's own
`statistics` module on random data.

>>> import array, random, statistics
>>> rng = random.Random(7)
>>> data = array.array('d', [rng.gauss(10.0, 3.0) for _ in range(10001)])
>>> abs(mean(data) - statistics.fmean(data)) < 1e-9
True
>>> abs(variance(data) - statistics.variance(data)) < 1e-9
True
>>> abs(stdev(data) - statistics.stdev(data)) < 1e-9
True
>>> lo, hi = min_max(data)
>>> (lo, hi) == (min(data), max(data))
True
>>> counts = histogram(data, 0.0, 20.0, 10)
>>> sum(counts) == sum(1 for v in data if 0.0 <= v < 20.0)
True
>>> list(counts) == [sum(1 for v in data if 0.0 <= v < 20.0 and int((v - 0.0) / 2.0) == b) for b in range(10)]
True
>>> smoothed = array.array('d', bytes(8 * 8))
>>> moving_average(array.array('d', range(10)), 3, smoothed)
8
>>> list(smoothed)
[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
>>> mean(array.array('d'))
Traceback (most recent call last):
    ...
ValueError: mean requires at least one data point
>>> variance(array.array('d', [1.0]))
Traceback (most recent call last):
    ...
ValueError: variance requires at least two data points
"""
from libc.math cimport sqrt


def mean(const double[:] x):
    cdef Py_ssize_t n = x.shape[0]
    cdef double s = 0
    if n == 0:
        raise ValueError("mean requires at least one data point")
    for v in x:
        s += v
    return s / n


def variance(const double[:] x):
    """Sample variance by Welford's method: one pass, no catastrophic cancellation."""
    cdef Py_ssize_t n = x.shape[0]
    cdef Py_ssize_t i
    cdef double m = 0, m2 = 0, delta
    if n < 2:
        raise ValueError("variance requires at least two data points")
    for i in range(n):
        delta = x[i] - m
        m += delta / (i + 1)
        m2 += delta * (x[i] - m)
    return m2 / (n - 1)


def stdev(const double[:] x):
    return sqrt(variance(x))


def min_max(const double[:] x):
    cdef Py_ssize_t i
    cdef double lo, hi
    if x.shape[0] == 0:
        raise ValueError("min_max of an empty sequence")
    lo = hi = x[0]
    for i in range(1, x.shape[0]):
        if x[i] < lo:
            lo = x[i]
        elif x[i] > hi:
            hi = x[i]
    return lo, hi


def histogram(const double[:] x, double lo, double hi, int bins):
    """Counts of x in `bins` equal bins over [lo, hi); values outside are not counted."""
    cdef Py_ssize_t i
    cdef int b
    cdef double width = (hi - lo) / bins
    counts = bytearray(4 * bins)
    cdef int[:] c = memoryview(counts).cast('i')
    for i in range(x.shape[0]):
        if lo <= x[i] < hi:
            b = int((x[i] - lo) / width)
            c[b] += 1
    return c


def moving_average(const double[:] x, Py_ssize_t k, double[:] out):
    """Means of each window of k values, written to out; returns how many there are."""
    cdef Py_ssize_t i, n = x.shape[0] - k + 1
    cdef double s = 0
    if k <= 0 or n <= 0 or out.shape[0] < n:
        raise ValueError("window does not fit")
    for i in range(k):
        s += x[i]
    out[0] = s / k
    for i in range(1, n):
        s += x[i + k - 1] - x[i - 1]
        out[i] = s / k
    return n
