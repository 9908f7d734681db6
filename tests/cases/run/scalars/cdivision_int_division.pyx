# cython: language_level=3
# Under cdivision, `/` of two C integers is C's integer division (truncating), at any language
# level; without it, true division.
cimport cython

@cython.cdivision(True)
def c_int_division(int n, int d):
    """
    >>> c_int_division(7, 2), c_int_division(-7, 2)
    ((3, 'int'), (-3, 'int'))
    """
    cdef int q = n / d
    return q, cython.typeof(n / d)

def true_division(int n, int d):
    """
    >>> true_division(7, 2), true_division(-7, 2)
    ((3.5, 'double'), (-3.5, 'double'))
    """
    return n / d, cython.typeof(n / d)
