# Unary minus on an unsigned C integer is C's: it wraps around (2**32 - 10 for an unsigned int
# 10), and only a conversion to a signed C type gives -10. Cython 3.3.0 does the same (its
# tests/run/unsignedbehaviour_T184.pyx expects -10 and is listed in its tests/bugs.txt);
# recorded from Cython 3.3.0.


cdef c_pair(int a, int b):
    return (a, b)


def py_pair(a, b):
    return (a, b)


def through_c_int():
    """
    >>> through_c_int()
    (-10, 10)
    """
    cdef unsigned int i = 10
    return c_pair(-i, i)


def as_object():
    """
    >>> as_object()
    (4294967286, 10)
    """
    cdef unsigned int i = 10
    return py_pair(-i, i)


def in_range():
    """
    >>> in_range()
    0
    """
    cdef unsigned int i = 3
    return len(list(range(-i, i)))
