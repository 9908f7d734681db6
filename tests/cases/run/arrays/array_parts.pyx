# Assigning to part of a C array or pointer (a[lo:hi] = v): a display or array of n elements
# needs a slice of n (Cython's ValueError otherwise), a pointer's elements are copied for the
# slice's length (a Python object goes only into a whole array, `a[:] = x`); without a stop a
# pointer's slice takes the display's length. A whole array is assigned from a pointer's
# first elements.

def literal_parts(int s, int e):
    """
    >>> literal_parts(2, 7)
    [0, 0, 1, 2, 3, 4, 5, 0, 0]
    >>> literal_parts(3, 7)
    Traceback (most recent call last):
    ValueError: Assignment to slice of wrong length, expected 5, got 4
    >>> literal_parts(1, 8)
    Traceback (most recent call last):
    ValueError: Assignment to slice of wrong length, expected 5, got 7
    """
    cdef int a[9]
    a[:] = [0] * 9
    a[s:e] = [1, 2, 3, 4, 5]
    return a

def open_ended(int s):
    """
    >>> open_ended(4)
    ([0, 0, 0, 0, 1, 2, 3, 4, 5], [7, 8, 0, 0, 0, 0, 0, 0, 0])
    >>> open_ended(5)
    Traceback (most recent call last):
    ValueError: Assignment to slice of wrong length, expected 5, got 4
    """
    cdef int a[9]
    cdef int b[9]
    a[:] = [0] * 9
    b[:] = [0] * 9
    a[s:] = [1, 2, 3, 4, 5]
    b[:2] = 7, 8
    return a, b

def through_pointer():
    """
    >>> through_pointer()
    (6, -1, -2, -3, 2, 1, 9, 9)
    """
    cdef int *p = [6, 5, 4, 3, 2, 1, 0, 0]
    p[1:4] = -1, -2, -3
    p[6:] = [9, 9]
    return p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]

def from_arrays_and_pointers():
    """
    >>> from_arrays_and_pointers()
    ([1, 11, 12, 13, 5], [1, 2, 3, 4, 5], [123, 234, 1, 2, 345])
    """
    cdef int[5] a = [1, 2, 3, 4, 5]
    cdef int[3] b = [11, 12, 13]
    cdef int *v = [1, 2, 3, 4, 5]
    cdef int[5] c
    cdef int[5] d = [123, 234, 0, 0, 345]
    a[1:4] = b
    c = v
    d[2:4] = v
    return a, c, d

def doubles(double scale):
    """
    >>> doubles(0.5)
    [0.0, 0.5, 1.0, 0.0]
    """
    cdef double w[4]
    w[:] = [0.0, 0.0, 0.0, 0.0]
    w[1:3] = [scale, 2 * scale]
    return w
