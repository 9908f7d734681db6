# A nested def reading C-typed locals of its creator: int, double, bint, long long and a
# C-typed parameter; `//` and `/` on the captured C ints keep Python's meaning.
# Expected outputs recorded from Cython 3.3.0.

def read_int(int n):
    """
    >>> read_int(7)
    (14, 3)
    >>> read_int(-7)
    (-14, -4)
    """
    cdef int k = n * 2
    def inner():
        return k, n // 2
    return inner()


def read_double(double x):
    """
    >>> read_double(1.5)
    3.0
    >>> read_double(-0.25)
    -0.5
    """
    cdef double twice = x * 2
    def inner():
        return twice
    return inner()


def read_bint(int n):
    """
    >>> read_bint(0)
    (False, 'no')
    >>> read_bint(3)
    (True, 'yes')
    """
    cdef bint flag = n > 0
    def inner():
        return flag, ('yes' if flag else 'no')
    return inner()


def read_long_long():
    """
    >>> read_long_long()
    4611686018427387904
    """
    cdef long long big = 1
    big <<= 62
    def inner():
        return big
    return inner()


def mixed(int a, double b):
    """
    >>> mixed(2, 0.5)
    2.5
    >>> mixed(-1, 1.25)
    0.25
    """
    cdef int n = a
    cdef double d = b
    def inner():
        return n + d
    return inner()


def c_int_type_kept(int n):
    """
    >>> c_int_type_kept(5)
    (2.5, 2.5)
    """
    cdef int k = n
    def inner():
        return k / 2, k / 2.0
    return inner()
