# A slice assigned through a walrus keeps the target bound to the source view.
def grab(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1, 2, 3, 4])
    >>> grab(a); list(a)
    [1.0, 1.0, 2.0, 4.0]
    """
    cdef double[:] y
    x[1:3] = (y := x[0:2]).copy()
    return None if y.shape[0] == 2 else 'wrong'
