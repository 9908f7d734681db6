# Unpacking a slice of a C pointer or array with constant bounds takes its elements one by one
# in C (no Python list made): every element is read before any target is assigned.
# Recorded from Cython 3.3.0.


def from_pointer():
    """
    >>> from_pointer()
    (5, 4, 3)
    """
    cdef int *a = [6, 5, 4, 3, 2, 1]
    x, y, z = a[1:4]
    return x, y, z


def from_array():
    """
    >>> from_array()
    (1.5, 2.5, 12, 13)
    """
    cdef double d[3]
    cdef long n[4]
    d[0] = 0.5
    d[1] = 1.5
    d[2] = 2.5
    n[0] = 10
    n[1] = 11
    n[2] = 12
    n[3] = 13
    p, q = d[1:3]
    r, s = n[2:4]
    return p, q, r, s


def into_typed():
    """
    >>> into_typed()
    (2, 3, 3.0)
    """
    cdef int *a = [1, 2, 3, 4]
    cdef int i
    cdef long j
    cdef double f
    i, j, f = a[1:4]
    return i, j, f - 1


def swap_elements():
    """
    >>> swap_elements()
    [2, 1, 3]
    """
    cdef int v[3]
    v[0] = 1
    v[1] = 2
    v[2] = 3
    v[1], v[0] = v[0:2]
    return v
