# include "file.pxi" read in place, with the compile-time constants: a DEF of the included file holds
# in the including module (its IF statements, in functions and in a `cdef extern` block);
# a declaration list may end with a comma and a local may be given a C name, as Cython reads them.
# Expected outputs recorded from Cython 3.3.0.

include "include_files/settings.pxi"

cdef extern from *:
    """
    static int fast_twice(int x) { return 2 * x; }
    static int slow_twice(int x) { return x + x; }
    """
    IF HAVE_FAST_PATH:
        int fast_twice(int x)
    ELSE:
        int slow_twice(int x)

def twice(int x):
    """
    >>> twice(21)
    42
    """
    IF HAVE_FAST_PATH:
        return fast_twice(x)
    ELSE:
        return slow_twice(x)

def scaled(int x):
    """
    >>> scaled(5)
    ('scaled', 15, 16)
    """
    cdef int result "scaled_result" = x * SCALE
    cdef int a = 1, b = 0,
    b = result + a
    return LABEL, result, b
