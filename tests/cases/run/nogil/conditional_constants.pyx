# `with nogil(<condition>)` / `with gil(<condition>)` with conditions Cython folds at compile time.
DEF FREE = True
cdef int twice(int x) nogil:
    return 2 * x
def f(int x):
    """
    >>> f(3)
    24
    """
    with nogil(1 < 2):
        x = twice(x)
        with gil(not FREE or 2 > 1):
            x = twice(x)
    with nogil(FREE and 0):
        x = twice(x)
    return x
