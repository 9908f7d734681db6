def total(double[:] v):
    """
    >>> from array import array
    >>> total(array('d', [1.0, 2.5]))
    3.5
    """
    cdef double s = 0
    for x in v:
        s += x
    return s
