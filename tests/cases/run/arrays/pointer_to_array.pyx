# An array assigned through a pointer to it (`p[0] = other`): its elements copied, as C copies them.
ctypedef int[3] triple


def copy_through(a, b, c):
    """
    >>> copy_through(1, 2, 3)
    ([1, 2, 3], [1, 2, 3])
    """
    cdef triple x = [0, 0, 0]
    cdef triple y = [a, b, c]
    cdef triple *p = &x
    p[0] = y
    return x, p[0]


def from_list(values):
    """
    >>> from_list([4, 5, 6])
    [4, 5, 6]
    >>> from_list([4, 5])
    Traceback (most recent call last):
    IndexError: not enough values found during array assignment, expected 3, got 2
    """
    cdef triple x
    cdef triple *p = &x
    p[0] = values
    return x
