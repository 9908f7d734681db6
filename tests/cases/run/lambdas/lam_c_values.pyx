# Lambdas reading C-typed locals of the creator (int, double, a view), late binding of a C int
# rebound after the lambda was made, and a lambda returned and called after its creator
# returned.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def reads_c(int n, double d):
    """
    >>> reads_c(3, 0.5)
    3.5
    """
    cdef int k = n
    cdef double e = d
    f = lambda: k + e
    return f()


def late_c():
    """
    >>> late_c()
    (1, 9)
    """
    cdef int k = 1
    f = lambda: k
    a = f()
    k = 9
    return a, f()


def view_reader(double[:] x):
    return lambda i: x[i]


def returned():
    """
    >>> returned()
    (1.5, 2.5)
    """
    f = view_reader(array('d', [1.5, 2.5]))
    return f(0), f(1)
