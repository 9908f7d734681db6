# cython: freethreading_compatible=True
# prange loops and parallel() blocks started where the GIL is held (without nogil=True), as
# Cython 3.3 runs them: the GIL is released around the threads and taken back for the body, so
# the body may use Python objects; C variables keep prange's sharing rules (lastprivate,
# reductions), break/return/errors stop the loop. freethreading_compatible silences Cython's
# warning about such regions (errors/parallel/gil_held_warnings.pyx has it).
# Expected outputs recorded from Cython 3.3.0.
from cython.parallel import prange, parallel, threadid
cimport openmp


def squares(int n):
    """
    >>> squares(6)
    [0, 1, 4, 9, 16, 25]
    """
    cdef int i
    out = [None] * n
    for i in prange(n, num_threads=2):
        out[i] = i * i
    return out


def with_reduction_and_last(int n):
    """
    >>> with_reduction_and_last(10)
    (45, 9, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
    """
    cdef int i, total = 0, last = -1
    words = [None] * n
    for i in prange(n, num_threads=2, schedule='static'):
        words[i] = str(i)
        total += i
        last = i
    return total, last, words


def stops_at_break(int n):
    """
    >>> stops_at_break(1000)
    True
    """
    cdef int i
    seen = set()
    for i in prange(n, num_threads=1):
        if i == 5:
            break
        seen.add(i)
    return seen == {0, 1, 2, 3, 4}


def returns_an_object(int n):
    """
    >>> returns_an_object(100)
    ('found', 42)
    >>> returns_an_object(10)
    'not found'
    """
    cdef int i
    for i in prange(n):
        if i == 42:
            return ('found', i)
    return 'not found'


def raises(int n):
    """
    >>> raises(10)
    Traceback (most recent call last):
    ...
    KeyError: 3
    """
    cdef int i
    d = {}
    for i in prange(n, num_threads=1):
        if i == 3:
            d[i]
        d[i + 100] = i
    return d


def block_per_thread():
    """
    >>> block_per_thread()
    True
    """
    cdef int maxthreads = openmp.omp_get_max_threads()
    seen = [None] * maxthreads
    with parallel():
        seen[threadid()] = threadid()
    return seen[0] == 0 and all(s is None or s == k for k, s in enumerate(seen))


def block_with_prange(int n):
    """
    >>> block_with_prange(8)
    [0, 10, 20, 30, 40, 50, 60, 70]
    """
    cdef int i
    out = [None] * n
    with parallel(num_threads=2):
        scale = 10
        for i in prange(n):
            out[i] = i * 10
    return out


cdef void in_nogil_function(list out) noexcept nogil:
    cdef int i
    with gil:
        for i in prange(3):
            out[i] = -i


def from_nogil_function():
    """
    >>> from_nogil_function()
    [0, -1, -2]
    """
    out = [None] * 3
    in_nogil_function(out)
    return out
