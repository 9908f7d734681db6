# Cython's names for C types through `cimport cython` (`cython.int`, `cy.double`), in casts and
# declarations.
cimport cython
cimport cython as cy

def to_int(x):
    """
    >>> to_int(5)
    5
    >>> to_int(2 ** 40)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """
    return <cython.int>x

def halves(int n):
    """
    >>> halves(7)
    3.5
    """
    cdef cy.double d = n
    cdef cython.long k = 2
    return d / k

def sizes():
    """
    >>> sizes()
    (4, 8)
    """
    return sizeof(cython.int), sizeof(cy.double)
