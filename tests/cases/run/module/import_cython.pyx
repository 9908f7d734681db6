# `import cython` (and `as`, and `from cython import ...`) is a compile-time import, as in Cython:
# nothing named cython is imported when the module loads, and the names work as after a cimport.
# Recorded from Cython 3.3.0.
import cython
import cython as cy, math
from cython import wraparound


@cython.boundscheck(False)
@wraparound(False)
def first(double[:] v):
    """
    >>> from array import array
    >>> first(array('d', [2.5, 1.0]))
    2.5
    """
    return v[0]


@cy.cdivision(True)
def quotient(int a, int b):
    """
    >>> quotient(-7, 2)
    -3
    """
    return a // b


def names():
    """
    >>> names()
    (False, False, False, True)
    """
    g = globals()
    return 'cython' in g, 'cy' in g, 'wraparound' in g, g['math'].sqrt(4.0) == 2.0
