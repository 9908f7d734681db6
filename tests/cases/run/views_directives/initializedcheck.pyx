# cython: initializedcheck=True
# Reading a view variable before any assignment raises UnboundLocalError, as in Cython.
def maybe(double[:] x, bint assign):
    """
    >>> import array
    >>> maybe(array.array('d', [4.0]), True)
    4.0
    >>> maybe(array.array('d', [4.0]), False)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'y' referenced before assignment
    """
    cdef double[:] y
    if assign:
        y = x
    return y[0]
