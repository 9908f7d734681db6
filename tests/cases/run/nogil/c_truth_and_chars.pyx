# Without the GIL, as Cython compiles them: `and`/`or` of C values tested for truth (each operand a
# C truth value: no object is made, as the value of `1 and True` would need), a C char compared
# with a one-byte bytes literal, and a parameter of function type (a pointer to the function).
# Expected outputs recorded from Cython 3.3.0.

cdef inline int smaller(int a, int b) noexcept nogil:
    return a < b

cdef int classify(int r, int n, char mode, double x) noexcept nogil:
    cdef int k = 0
    if r < n and smaller(r, n):
        k += 1
    if not (x > 0.5 or r):
        k += 10
    while k < 100 and (mode == b'C' or mode == b'W'):
        k += 100
    if mode != b'C' and mode >= b'A':
        k += 1000
    return k if (r or x) and n else -k

def run(int r, int n, bytes mode, double x):
    """
    >>> run(1, 2, b'C', 0.0)
    101
    >>> run(3, 2, b'W', 0.75)
    1100
    >>> run(0, 2, b'X', 0.0)
    -1011
    >>> run(1, 0, b'a', 1.0)
    -1000
    """
    cdef int result
    cdef char m = mode[0]
    with nogil:
        result = classify(r, n, m, x)
    return result

cdef double apply(double kernel(double, int) noexcept nogil, double x, int n) noexcept nogil:
    return kernel(x, n)

cdef double scaled(double x, int n) noexcept nogil:
    return x * n

def call_kernel(double x):
    """
    >>> call_kernel(1.5)
    4.5
    """
    cdef double r
    with nogil:
        r = apply(scaled, x, 3)
    return r

def char_compares(char m, int i):
    """
    >>> char_compares(ord('C'), 65)
    (True, False, True, True)
    >>> char_compares(ord('a'), 66)
    (False, True, False, False)
    """
    return m == b'C', b'C' < m, i == b'A' or m == b'C', m <= b'C'
