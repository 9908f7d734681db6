# A cdef function with parameters of several kinds: C ints, doubles, a view, an object.
cdef object combine(int a, long b, double c, unsigned char d, double[:] v, o):
    return (a + b, c * d, v[0], o)

def f(double[:] v):
    """
    >>> import array
    >>> f(array.array('d', [7.5]))
    (3, 5.0, 7.5, 'obj')
    """
    return combine(1, 2, 2.5, 2, v, 'obj')
