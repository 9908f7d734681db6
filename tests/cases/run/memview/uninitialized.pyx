# Reading a view local before any assignment raises UnboundLocalError at run time (Cython 3.3.0
# also warns at compile time for the first function).
def unset():
    """
    >>> unset()
    Traceback (most recent call last):
    UnboundLocalError: local variable 'v' referenced before assignment
    """
    cdef double[:] v
    return v[0]

def maybe_set(double[:] x, long flag):
    """
    >>> import array
    >>> a = array.array('d', [4.0])
    >>> maybe_set(a, 1)
    4.0
    >>> maybe_set(a, 0)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'v' referenced before assignment
    """
    cdef double[:] v
    if flag:
        v = x
    return v[0]
