# Break, continue, return, else clauses and errors in prange loops (run in order without
# OpenMP, by threads with it: every result here is the same either way).
from cython.parallel import prange
cimport cython

def total(long n):
    """
    >>> total(10), total(0), total(-3)
    (45, 0, 0)
    """
    cdef long i, s = 0
    for i in prange(n, nogil=True):
        s += i
    return s

def product_and_bits(long n):
    """
    >>> product_and_bits(6)
    (720, 0, 7, 7, -21)
    """
    cdef long i, p = 1, a = -1, o = 0, x = 0, d = 0
    for i in prange(1, n + 1, nogil=True):
        p *= i
        a &= i
        o |= i
        x ^= i
        d -= i
    return p, a, o, x, d

def descending():
    """
    >>> descending()
    (5, -3)
    """
    cdef int i, s = 0
    for i in prange(5, -5, -2, nogil=True):
        s += i
    return s, i

def steps(long start, long stop, long step):
    """
    >>> steps(0, 10, 3)
    (18, 9)
    >>> steps(0, 10, -3)
    (0, -99)
    >>> steps(10, -10, -3)
    (7, -8)
    """
    cdef long i = -99, s = 0
    for i in prange(start, stop, step, nogil=True):
        s += i
    return s, i

def last_values(int n):
    """
    >>> last_values(5)
    (4, 16, 4)
    >>> last_values(0)
    (-1, -2, -3)
    """
    cdef int i = -1, sq = -2, j = -3
    for i in prange(n, nogil=True):
        sq = i * i
        j = i
    return i, sq, j

def with_else(int n, int stop_at):
    """
    >>> with_else(5, 10)
    ('else', 10)
    >>> with_else(5, 3)
    ('no else', 10)
    >>> with_else(0, 3)
    ('else', 0)
    """
    cdef int i, s = 0
    cdef bint ran_else = False
    for i in prange(n, nogil=True):
        if i == stop_at:
            break
        s += 2
    else:
        ran_else = True
    return ('else' if ran_else else 'no else'), s if n == 0 or ran_else else 10

def evens(int n):
    """
    >>> evens(10)
    20
    """
    cdef int i, s = 0
    for i in prange(n, nogil=True):
        if i % 2:
            continue
        s += i
    return s

cdef int find(int n, int wanted) noexcept nogil:
    cdef int i
    for i in prange(n):
        if i == wanted:
            return i * 10
    return -1

def search(int n, int wanted):
    """
    >>> search(100, 42), search(100, 420)
    (420, -1)
    """
    return find(n, wanted)

cdef int check(int i) except -1 nogil:
    if i == 7:
        with gil:
            raise ValueError("seven")
    return 0

def raising(int n):
    """
    >>> raising(5)
    10
    >>> raising(10)
    Traceback (most recent call last):
    ValueError: seven
    """
    cdef int i, s = 0
    for i in prange(n, nogil=True):
        check(i)
        s += i
    return s

@cython.boundscheck(True)
def out_of_bounds(double[:] a, int extra):
    """
    >>> import array
    >>> out_of_bounds(array.array('d', [1, 2, 3]), 0)
    6.0
    >>> out_of_bounds(array.array('d', [1, 2, 3]), 1)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in prange(a.shape[0] + extra, nogil=True):
        s += a[i]
    return s

def nested(int n):
    """
    >>> nested(4)
    (18, 3, 2)
    """
    cdef int i, j, s = 0
    for i in prange(n, nogil=True):
        for j in prange(i):
            s += i + j
    return s, i, j

def with_gil_inside(int n):
    """
    >>> with_gil_inside(4)
    [0, 1, 2, 3]
    """
    cdef int i
    seen = []
    for i in prange(n, nogil=True, num_threads=1):
        with gil:
            seen.append(i)
    return seen

def clauses(int n, int c):
    """
    >>> clauses(100, 7)
    (4950, 4950, 4950, 4950)
    """
    cdef int i, a = 0, b = 0, d = 0, e = 0
    for i in prange(n, nogil=True, schedule='static', chunksize=c):
        a += i
    for i in prange(n, nogil=True, schedule='dynamic', num_threads=2):
        b += i
    for i in prange(n, nogil=True, schedule='guided', chunksize=3, num_threads=c):
        d += i
    for i in prange(n, nogil=True, schedule='runtime', use_threads_if=n > 50):
        e += i
    return a, b, d, e

def inside_nogil(int n):
    """
    >>> inside_nogil(10)
    45
    """
    cdef int i, s = 0
    with nogil:
        for i in prange(n):
            s += i
    return s
