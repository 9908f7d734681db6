# Arithmetic of integer literals is folded with Python's semantics, as Cython folds it: the
# result is a C long within 32 bits and a Python object beyond (or when an operand already was
# one); a U or LL suffix makes a C literal, which converts as C converts it.
# Recorded from Cython 3.3.0.
cimport cython


def folded_values():
    """
    >>> folded_values()
    (1606938044258990275541962092341162602522202993782792835301376, 2, -4, 1, 3, -6, 1024)
    """
    return 1 << 200, (1 << 200) >> 199, -7 // 2, -7 % 2, 7 // 2, ~5, 2 ** 10


def folded_types():
    """
    >>> folded_types()
    ('Python object', 'long', 'long', 'Python object', 'Python object', 'long', 'Python object')
    """
    return (cython.typeof(1 << 40), cython.typeof(2 ** 10), cython.typeof(-5), cython.typeof(2 ** 31),
            cython.typeof(-(2 ** 31)), cython.typeof(1 + 2 * 3), cython.typeof(0x7fffffff + 1))


def huge():
    """
    >>> huge() == 10 ** 10000
    True
    >>> -(2 ** 101), (-2) ** 101
    (-2535301200456458802993406410752, -2535301200456458802993406410752)
    >>> negative_huge() == (-(2 ** 101), (-2) ** 101)
    True
    """
    return 10 ** 10000


def negative_huge():
    return -(2 ** 101), (-2) ** 101


def into_c():
    """
    >>> into_c()
    (1099511627776, 255, 1024)
    """
    cdef long long big = 1 << 40
    cdef unsigned char small = (1 << 8) - 1
    cdef int p = 2 ** 10
    return big, small, p


def suffixed():
    """
    >>> suffixed()
    ('long', 'unsigned long', 'long long', 'unsigned long long', 'long')
    >>> suffixed_values()
    (1, 1, -1, 18446744073709551615)
    """
    return cython.typeof(1), cython.typeof(1U), cython.typeof(1LL), cython.typeof(1ULL), cython.typeof(1L)


def suffixed_values():
    cdef long a = 1L
    cdef unsigned long ua = 1UL
    cdef long long aa = 0xFFFFFFFFFFFFFFFFLL
    cdef unsigned long long uaa = 0xFFFFFFFFFFFFFFFFULL
    return a, ua, int(aa), uaa
