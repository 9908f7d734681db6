# parallel() blocks: every thread of the team runs the body, the prange loops in it share out
# their iterations, what the block assigns is each thread's own.
from cython.parallel import parallel, prange, threadid
cimport cython.parallel

def team(int n):
    """
    >>> team(100)
    (4950, 100, True)
    """
    cdef int i, s = 0, local = 0, counted = 0
    cdef int seen[8]
    for i in range(8):
        seen[i] = 0
    with nogil, parallel(num_threads=2):
        local = threadid()
        seen[local] = 1
        for i in prange(n, schedule='static'):
            s += i
            counted += 1
    return s, counted, seen[0] == 1 and all(seen[t] == 0 for t in range(2, 8))

def block_privates(int n):
    """
    >>> block_privates(10)
    90
    """
    cdef int k = -5, total = 0, i
    with nogil, parallel():
        k = 2
        for i in prange(n):
            total += k * i
    return total

def block_raises(int n):
    """
    >>> block_raises(3)
    3
    >>> block_raises(10)
    Traceback (most recent call last):
    ZeroDivisionError: seven
    """
    cdef int i, s = 0
    with nogil, cython.parallel.parallel(num_threads=2):
        for i in prange(n):
            if i == 7:
                with gil:
                    raise ZeroDivisionError("seven")
            s += 1
    return s

cdef int first_multiple(int n, int k) noexcept nogil:
    cdef int i
    with parallel():
        for i in prange(1, n):
            if i % k == 0 and i // k == 3:
                return i
    return -1

def returns(int n, int k):
    """
    >>> returns(100, 7), returns(10, 7)
    (21, -1)
    """
    return first_multiple(n, k)

def two_loops(int n):
    """
    >>> two_loops(50)
    (1225, 2450)
    """
    cdef int i, j, a = 0, b = 0
    with nogil, parallel(num_threads=2):
        for i in prange(n):
            a += i
        for j in prange(n):
            b += 2 * j
    return a, b
