# `raise` where the GIL is released (a nogil function, a `with nogil:` block): the statement takes
# the GIL, as Cython 3 does, and the exception propagates with the GIL given back.
# Expected outputs recorded from Cython 3.3.0.

cdef int check(int x) except -1 nogil:
    if x < 0:
        raise ValueError("negative")
    return x

def run(int x):
    """
    >>> run(2)
    2
    >>> run(-1)
    Traceback (most recent call last):
    ValueError: negative
    """
    cdef int r
    with nogil:
        r = check(x)
    return r

def direct(int x):
    """
    >>> direct(1)
    Traceback (most recent call last):
    KeyError: 'k'
    >>> direct(0)
    0
    """
    with nogil:
        if x:
            raise KeyError('k')
    return x
