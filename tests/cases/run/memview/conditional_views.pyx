# Views chosen by conditionals and boolean operators keep exactly one acquisition each.
def pick(double[:] a, double[:] b, long first):
    """
    >>> import array
    >>> a = array.array('d', [1.0]); b = array.array('d', [2.0])
    >>> pick(a, b, 1), pick(a, b, 0)
    (1.0, 2.0)
    """
    cdef double[:] v = a if first else b
    return v[0]

def either(double[:] a, double[:] b):
    """
    >>> import array
    >>> either(None, array.array('d', [3.0]))
    3.0
    """
    v = a if a is not None else b
    return v[0]
