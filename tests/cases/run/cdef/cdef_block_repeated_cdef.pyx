# A line of a `cdef:` block may repeat `cdef`, as Cython allows (statsmodels' _initialization).

def block(int n):
    """
    >>> block(3)
    (3, 1.5, 9)
    """
    cdef:
        int i = n
        cdef double half = n / 2.0
        cdef int squares[2]
    squares[0] = n * n
    return i, half, squares[0]

cdef:
    int counter = 5
    cdef double scale = 0.5

def module_block():
    """
    >>> module_block()
    (5, 0.5)
    """
    return counter, scale
