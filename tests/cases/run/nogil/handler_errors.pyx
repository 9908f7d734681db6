# An error raised without the GIL inside an except clause: the handled exception the clause
# holds is released once the GIL is taken back (Cython 3.3.0 gives the same results).
cdef int fails(int i) except -1 nogil:
    if i:
        with gil:
            raise ValueError(i)
    return 0

def in_handler(int i):
    """
    >>> in_handler(0)
    'handled'
    >>> in_handler(1)
    Traceback (most recent call last):
    ValueError: 1
    """
    try:
        raise KeyError("first")
    except KeyError:
        with nogil:
            fails(i)
    return 'handled'

def in_finally(int i):
    """
    >>> in_finally(0)
    Traceback (most recent call last):
    KeyError: 'first'
    >>> in_finally(2)
    Traceback (most recent call last):
    ValueError: 2
    """
    try:
        raise KeyError("first")
    finally:
        with nogil:
            fails(i)
