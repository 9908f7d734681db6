# DEF compile-time constants (deprecated in Cython 3 but still compiled): integers of any size,
# floats, strings, bytes, booleans, None, tuples, arithmetic and earlier constants, indexing and
# slicing of tuples; a constant as an array size.
# Expected outputs recorded from Cython 3.3.0.

DEF N = 4
DEF M = N * 2 + 1
DEF BIG = (1 << 64) - 1
DEF HALF = 0.5
DEF NAME = "pyxc"
DEF RAW = b"raw"
DEF PAIR = (N, NAME)
DEF SECOND = PAIR[1]
DEF FIRST_TWO = (1, 2, 3)[:2]
DEF ON = N > 3 and True
DEF NEG = -N

def values():
    """
    >>> values()
    (4, 9, 18446744073709551615, 0.5, 'pyxc', b'raw', (4, 'pyxc'), 'pyxc', (1, 2), True, -4)
    """
    return N, M, BIG, HALF, NAME, RAW, PAIR, SECOND, FIRST_TWO, ON, NEG

def array_size():
    """
    >>> array_size()
    [0, 1, 4, 9]
    """
    cdef long a[N]
    cdef int i
    for i in range(N):
        a[i] = i * i
    return a

def typed(int k):
    """
    >>> typed(3)
    (12, 1.5)
    """
    cdef int r = k * N
    cdef double d = k * HALF
    return r, d
