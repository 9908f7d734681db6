# Comprehensions and generator expressions inside cdef functions with C arguments and an
# exception specification, reading a view argument and returning C values computed from them.
# Expected outputs recorded from Cython 3.3.0.
from array import array


cdef double total(double[:] x) except? -1:
    return sum(x[i] for i in range(x.shape[0]))


cdef int count_positive(double[:] x):
    return len([v for v in x if v > 0])


cdef list scaled(double[:] x, double k):
    return [v * k for v in x]


def calls():
    """
    >>> calls()
    (2.0, 2, [2.0, -3.0, 5.0])
    """
    a = array('d', [1.0, -1.5, 2.5, 1.5])
    b = array('d', [2.0, -3.0, 5.0])
    return total(a[:3]), count_positive(b), scaled(a[:3], 2.0)


def empty():
    """
    >>> empty()
    (0.0, 0, [])
    """
    a = array('d')
    return total(a), count_positive(a), scaled(a, 3.0)
