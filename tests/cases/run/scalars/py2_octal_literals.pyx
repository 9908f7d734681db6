# Python 2's octal literals (a leading zero, digits 0-7), which Cython 3.3 reads as octal at every
# language level: in C variables, as Python objects and negated. Recorded from Cython 3.3.0.


def c_values():
    """
    >>> c_values()
    (1, -17, 63, 0, 511)
    """
    cdef int a = 001
    cdef int b = -021
    cdef int c = 077
    cdef long d = 000
    cdef unsigned int e = 0777
    return a, b, c, d, e


def objects():
    """
    >>> objects()
    (83, -83, True, 8)
    """
    a1 = 0123
    an1 = -0123
    return a1, an1, a1 == 0o123, 010
