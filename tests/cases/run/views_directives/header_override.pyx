# cython: boundscheck=False
# A decorator turns boundscheck back on for one function of a module that turned it off.
cimport cython

@cython.boundscheck(True)
def checked(double[:] x, Py_ssize_t i):
    """
    >>> import array
    >>> checked(array.array('d', [1.0, 2.0]), 2)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> checked(array.array('d', [1.0, 2.0]), -2)
    1.0
    """
    return x[i]

def block_checked(double[:] x, Py_ssize_t i):
    """
    >>> import array
    >>> block_checked(array.array('d', [1.0, 2.0]), 5)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    with cython.boundscheck(True):
        return x[i]
