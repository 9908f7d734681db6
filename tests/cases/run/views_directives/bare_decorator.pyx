# cython: wraparound=False
# A directive decorator without arguments sets it to True, overriding the header here.
cimport cython

@cython.wraparound
def last(double[:] x):
    """
    >>> import array
    >>> last(array.array('d', [1, 2, 3]))
    3.0
    """
    return x[-1]

def last_unwrapped(double[:] x):
    """
    >>> import array
    >>> last_unwrapped(array.array('d', [1, 2, 3]))
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return x[-1]
