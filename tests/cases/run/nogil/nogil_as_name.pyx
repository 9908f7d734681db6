# `nogil` and `gil` are names like any other outside the places that take them as keywords
# (`with nogil:`, `with gil:`, after a C function's signature), as in Cython: parameters,
# keyword arguments and variables may be called so. Recorded from Cython 3.3.0.


def propagate(i, bint nogil=False):
    """
    >>> propagate(3), propagate(3, True), propagate(3, nogil=True)
    (3, 'released', 'released')
    """
    cdef int n = i
    if nogil:
        with nogil:
            n += 1
        return 'released'
    return n


def keywords(**kwargs):
    """
    >>> keywords(nogil=True, gil=False)
    [('gil', False), ('nogil', True)]
    """
    return sorted(kwargs.items())


def call_with_keyword():
    """
    >>> call_with_keyword()
    [('gil', 2), ('nogil', 1)]
    """
    return keywords(nogil=1, gil=2)


cdef int twice(int x) noexcept nogil:
    return 2 * x


def variables():
    """
    >>> variables()
    (5, 6, 8)
    """
    nogil = 5
    gil = nogil + 1
    cdef int r
    with nogil:
        r = twice(4)
    return nogil, gil, r
