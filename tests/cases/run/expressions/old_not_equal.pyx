# Python 2's '<>' is read as '!=' at every language level, as Cython reads it: between objects,
# C numbers and mixed operands, in a chain, and as a loop condition.


def objects(a, b):
    """
    >>> objects(1, 2), objects(1, 1), objects('x', 'x'), objects([1], [2])
    (True, False, False, True)
    """
    return a <> b


def c_ints(int a, int b):
    """
    >>> c_ints(3, 4), c_ints(4, 4)
    (True, False)
    """
    return a <> b


def mixed(obj, int i):
    """
    >>> mixed(1, 0), mixed(0, 0), mixed(1.0, 1)
    (True, False, False)
    """
    cdef bint r = obj <> i
    return r


def chained(int a, int b, int c):
    """
    >>> chained(1, 2, 1), chained(1, 1, 2), chained(1, 2, 2)
    (True, False, False)
    """
    return a <> b <> c


def primes(int kmax):
    """
    >>> primes(10)
    [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    """
    cdef int n = 2, k = 0, i
    cdef int[100] p
    result = []
    while k < kmax:
        i = 0
        while i < k and n % p[i] <> 0:
            i += 1
        if i == k:
            p[k] = n
            k += 1
            result.append(n)
        n += 1
    return result
