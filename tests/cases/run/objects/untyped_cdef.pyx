# `cdef x = ...` without a type declares a Python object variable, as `cdef object x` does.
# Recorded from Cython 3.3.0.


def untyped(n):
    """
    >>> untyped(3)
    (5, 'abc', [3])
    """
    cdef x = 5
    cdef s = 'abc', items = [n]
    return x, s, items


def rebound():
    """
    >>> rebound()
    2.5
    """
    cdef y = 1
    y = y + 1.5
    return y
