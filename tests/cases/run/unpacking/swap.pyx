# `a, b = b, a` evaluates every value before assigning any, for objects and C variables.
def swap(a, b):
    """
    >>> swap(1, 'x')
    ('x', 1)
    """
    a, b = b, a
    return a, b

def typed_swap(int a, double b):
    """
    >>> typed_swap(3, 2.5)
    (7, 3, 2.5)
    """
    cdef int p = a, q = 7
    cdef double y
    p, q, y = q, p, b
    return p, q, y
