# Assignment expressions as arguments of cdef calls: the value flows in and stays bound.
cdef double mean2(double a, double b):
    return (a + b) / 2

def f(double[:] x):
    """
    >>> import array
    >>> f(array.array('d', [1.0, 3.0, 5.0]))
    (2.0, 1.0, 3.0)
    """
    m = mean2((a := x[0]), (b := x[1]))
    return m, a, b
