# overflowcheck in a nogil function: the OverflowError is raised with the GIL taken for it and
# propagates to the caller (Cython 3.3.0 crashes here: see overflowcheck_nogil.known).
cimport cython


@cython.overflowcheck(True)
cdef int checked_in_nogil(int a, int b) except? -1 nogil:
    return a * b


def through_nogil(int a, int b):
    """
    >>> through_nogil(-1, 1)
    -1
    >>> through_nogil(2**16, 2**16)
    Traceback (most recent call last):
    OverflowError: value too large
    """
    cdef int r
    with nogil:
        r = checked_in_nogil(a, b)
    return r
