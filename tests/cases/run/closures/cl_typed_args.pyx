# Nested defs with C-typed arguments (int, double, bint, a view): conversion of the arguments
# at the call, Cython's TypeError messages for wrong calls of a closure.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def make(int base):
    cdef int b = base
    def inner(int k, double scale=1.0):
        return (b + k) * scale
    return inner


def calls():
    """
    >>> calls()
    (3.0, 6.0, 4.5)
    """
    f = make(1)
    return f(2), f(2, 2), f(k=2, scale=1.5)


def wrong_calls():
    """
    >>> f = make(1)
    >>> f()
    Traceback (most recent call last):
    TypeError: inner() takes at least 1 positional argument (0 given)
    >>> f(1, 2, 3)
    Traceback (most recent call last):
    TypeError: inner() takes at most 2 positional arguments (3 given)
    >>> f('x')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> f(1, z=2)
    Traceback (most recent call last):
    TypeError: inner() got an unexpected keyword argument 'z'
    >>> f(1, k=1)
    Traceback (most recent call last):
    TypeError: inner() got multiple values for keyword argument 'k'
    >>> f(2 ** 40)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """


def keyword_only():
    """
    >>> g = keyword_only()
    >>> g(1, flag=True)
    (1, True)
    >>> g(1, True)
    Traceback (most recent call last):
    TypeError: inner() takes exactly 1 positional argument (2 given)
    """
    def inner(int k, *, bint flag=False):
        return k, flag
    return inner


def view_arg():
    """
    >>> view_arg()
    (6.0, 'ValueError')
    """
    def total(double[:] v):
        cdef double s = 0
        cdef Py_ssize_t i
        for i in range(v.shape[0]):
            s += v[i]
        return s
    try:
        total(array('i', [1]))
        err = 'none'
    except ValueError:
        err = 'ValueError'
    return total(array('d', [1, 2, 3])), err
