# Unpacking into C variables converts every item before assigning any (a failing conversion
# leaves all the targets as they were), and a literal paired with a C variable is made in its
# type (a str literal paired with a char * is a C string). Recorded from Cython 3.3.0.


class ItCount(object):
    def __init__(self, it):
        self.it = iter(it)
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        return next(self.it)


def unpack_typed(it):
    """
    >>> unpack_typed([1, 2, 'abc'])
    (0, 0, 0)
    >>> unpack_typed((1, 'abc', 3))
    (0, 0, 0)
    >>> unpack_typed([4, 5, 6])
    (4, 5, 6)
    >>> it = ItCount([1, 'abc', 3])
    >>> unpack_typed(it)
    (0, 0, 0)
    >>> it.count
    4
    """
    cdef int a, b, c
    a = b = c = 0
    try:
        a, b, c = it
    except TypeError:
        pass
    return a, b, c


def unpack_mixed(it):
    """
    >>> unpack_mixed([1.5, 'x', 2 ** 70])
    (0.0, None, 0)
    >>> unpack_mixed([1.5, 'x', 7])
    (1.5, 'x', 7)
    """
    cdef double d = 0
    cdef object o = None
    cdef long n = 0
    try:
        d, o, n = it
    except OverflowError:
        pass
    return d, o, n


def pairs():
    """
    >>> pairs()
    (1, b'test', 3, 1, b'test', 3)
    """
    cdef object obj1a, obj1b
    cdef int int1, int2
    cdef char *ptr1
    cdef char *ptr2
    int2, ptr2, obj1b = 1, "test", 3
    int1, ptr1, obj1a = int2, ptr2, obj1b
    return int1, ptr1, obj1a, int2, ptr2, obj1b
