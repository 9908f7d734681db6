# prange loops on two threads: each iteration runs once, in some thread, and what threads write to
# distinct elements, reduce or keep privately comes out as one thread would leave it.
from cython.parallel import prange, threadid
cimport cython

def per_thread(int n):
    """
    >>> per_thread(1000)
    (1000, True, 0)
    """
    cdef int counts[8]
    cdef int i, t
    for t in range(8):
        counts[t] = 0
    for i in prange(n, nogil=True, num_threads=2):
        counts[threadid()] += 1
    return sum(counts), all(counts[t] == 0 for t in range(2, 8)), threadid()

@cython.boundscheck(False)
@cython.wraparound(False)
def saxpy(double a, double[:] x, double[:] y, double[:] out):
    """
    >>> import array
    >>> x = array.array('d', [i / 4 for i in range(10000)])
    >>> y = array.array('d', [1.0] * 10000)
    >>> out = array.array('d', [0.0] * 10000)
    >>> saxpy(2.0, x, y, out)
    >>> out[0], out[1], out[9999], sum(out) == sum(2.0 * a + b for a, b in zip(x, y))
    (1.0, 1.5, 5000.5, True)
    """
    cdef Py_ssize_t i
    for i in prange(x.shape[0], nogil=True, num_threads=2, schedule='static'):
        out[i] = a * x[i] + y[i]

def dot(double[:] x, double[:] y):
    """
    >>> import array
    >>> x = array.array('d', [i / 4 for i in range(10000)])
    >>> dot(x, x) == sum(a * a for a in x)
    True
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in prange(x.shape[0], nogil=True, num_threads=2):
        s += x[i] * y[i]
    return s

def last_private(int n):
    """
    >>> last_private(1000)
    (999, 998001, 499500)
    """
    cdef int i, sq = 0, s = 0
    for i in prange(n, nogil=True, num_threads=2, schedule='dynamic', chunksize=7):
        sq = i * i
        s += i
    return i, sq, s

cdef int check(int i) except -1 nogil:
    if i == 500:
        with gil:
            raise ValueError("five hundred")
    return 0

def raising(int n):
    """
    >>> raising(400)
    79800
    >>> raising(1000)
    Traceback (most recent call last):
    ValueError: five hundred
    """
    cdef int i, s = 0
    for i in prange(n, nogil=True, num_threads=2):
        check(i)
        s += i
    return s

def first_found(int n, int wanted):
    """
    >>> first_found(1000, 777), first_found(1000, 1001)
    (777, -1)
    """
    cdef int i, found = -1
    for i in prange(n, nogil=True, num_threads=2):
        if i == wanted:
            with gil:
                found = i
            break
    return found
