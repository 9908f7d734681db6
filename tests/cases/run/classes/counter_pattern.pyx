# A realistic accumulator: `cdef class Stats` with count/mean/M2/min/max C fields updated by
# Welford's algorithm in `add(double x)`, read through methods, used in loops from typed and
# untyped code, merged with another instance and reset.
# Expected outputs recorded from Cython 3.3.0.
from libc.math cimport sqrt, INFINITY

cdef class Stats:
    cdef Py_ssize_t count
    cdef double mean, m2, lo, hi

    def __init__(self):
        self.reset()

    def reset(self):
        self.count = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.lo = INFINITY
        self.hi = -INFINITY

    cdef void push(self, double x):
        cdef double delta = x - self.mean
        self.count += 1
        self.mean += delta / self.count
        self.m2 += delta * (x - self.mean)
        if x < self.lo:
            self.lo = x
        if x > self.hi:
            self.hi = x

    def add(self, double x):
        self.push(x)
        return self

    def extend(self, values):
        for v in values:
            self.push(v)
        return self.count

    def n(self):
        return self.count

    def average(self):
        if self.count == 0:
            raise ValueError('no data')
        return self.mean

    def variance(self):
        if self.count < 2:
            return 0.0
        return self.m2 / (self.count - 1)

    def stddev(self):
        return sqrt(self.variance())

    def bounds(self):
        return self.lo, self.hi

    def merge(self, Stats other not None):
        cdef Py_ssize_t n = self.count + other.count
        if other.count == 0:
            return self
        cdef double delta = other.mean - self.mean
        self.m2 += other.m2 + delta * delta * self.count * other.count / n
        self.mean += delta * other.count / n
        self.count = n
        self.lo = min(self.lo, other.lo)
        self.hi = max(self.hi, other.hi)
        return self


def basic():
    """
    >>> basic()
    (8, 5.0, 4.571428571428571, (2.0, 9.0))
    """
    s = Stats()
    for x in [2, 4, 4, 4, 5, 5, 7, 9]:
        s.add(x)
    return s.n(), s.average(), s.variance(), s.bounds()


def typed_loop(int n):
    """
    >>> typed_loop(1001)
    (1001, 500.0, 83583.5)
    """
    cdef Stats s = Stats()
    cdef int i
    for i in range(n):
        s.push(i)
    return s.count, s.mean, round(s.variance(), 6)


def empty():
    """
    >>> empty()
    (0, 0.0, (inf, -inf))
    >>> Stats().average()
    Traceback (most recent call last):
    ValueError: no data
    """
    s = Stats()
    return s.n(), s.variance(), s.bounds()


def extend_and_stddev():
    """
    >>> extend_and_stddev()
    (4, 1.2909944487358056)
    """
    s = Stats()
    n = s.extend([1.0, 2.0, 3.0, 4.0])
    return n, s.stddev()


def merge_matches_single_pass():
    """
    >>> merge_matches_single_pass()
    (True, True, True, (1.0, 10.0))
    """
    a = Stats()
    b = Stats()
    whole = Stats()
    for i in range(1, 11):
        (a if i <= 4 else b).add(i)
        whole.add(i)
    a.merge(b)
    return (a.n() == whole.n(), abs(a.average() - whole.average()) < 1e-12,
            abs(a.variance() - whole.variance()) < 1e-9, a.bounds())


def merge_none():
    """
    >>> merge_none()
    Traceback (most recent call last):
    TypeError: Argument 'other' has incorrect type (expected counter_pattern.Stats, got NoneType)
    """
    Stats().merge(None)


def reset_and_reuse():
    """
    >>> reset_and_reuse()
    (3, 0, 1, 42.0)
    """
    s = Stats().add(1).add(2).add(3)
    before = s.n()
    s.reset()
    after = s.n()
    s.add(42)
    return before, after, s.n(), s.average()


def bad_input():
    """
    >>> bad_input()
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    Stats().extend([1.0, 'x'])


def many_instances():
    """
    >>> many_instances()
    [0.0, 0.5, 1.0, 1.5, 2.0]
    """
    out = []
    for k in range(5):
        s = Stats()
        for j in range(k + 1):
            s.add(j)
        out.append(s.average())
    return out
