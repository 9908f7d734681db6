# `cimport cython as cy` and `from cython cimport ...` bind the same directives under other names.
cimport cython as cy
from cython cimport boundscheck, wraparound as wrap

@cy.boundscheck(False)
def a(double[:] x):
    """
    >>> import array
    >>> a(array.array('d', [1, 2]))
    3.0
    """
    return x[0] + x[1]

@boundscheck(True)
@wrap(False)
def b(double[:] x):
    """
    >>> import array
    >>> b(array.array('d', [1, 2]))
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return x[-1]

def c(double[:] x):
    """
    >>> import array
    >>> c(array.array('d', [1, 2]))
    2.0
    """
    with cy.wraparound(True):
        return x[-1]
