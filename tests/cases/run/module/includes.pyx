# include "file.pxi": the included statements in place (a cdef function, a def with its doctest,
# a nested include found beside the including file).
# Expected outputs recorded from Cython 3.3.0.

include "include_files/helpers.pxi"

def use(int x):
    """
    >>> use(4)
    (8, 4)
    """
    return twice(x), limited(x)
