# The overflowcheck directive: C integer +, -, *, << and abs() raise OverflowError where C would wrap.
cimport cython


@cython.overflowcheck(True)
def add(int a, int b):
    """
    >>> add(2**31 - 2, 1)
    2147483647
    >>> add(2**31 - 1, 1)
    Traceback (most recent call last):
    OverflowError: value too large
    >>> add(-2**31, -1)
    Traceback (most recent call last):
    OverflowError: value too large
    """
    return a + b


@cython.overflowcheck(True)
def multiply(long long a, long long b):
    """
    >>> multiply(2**31, 2**31)
    4611686018427387904
    >>> multiply(2**62, 2)
    Traceback (most recent call last):
    OverflowError: value too large
    """
    return a * b


@cython.overflowcheck(True)
def unsigned_subtract(unsigned int a, unsigned int b):
    """
    >>> unsigned_subtract(3, 2)
    1
    >>> unsigned_subtract(1, 2)
    Traceback (most recent call last):
    OverflowError: value too large
    """
    return a - b


@cython.overflowcheck(True)
def shift(int a, int b):
    """
    >>> shift(3, 2), shift(-1, 31), shift(1, 30)
    (12, -2147483648, 1073741824)
    >>> shift(1, 31)
    Traceback (most recent call last):
    OverflowError: value too large
    >>> shift(1, 32)
    Traceback (most recent call last):
    OverflowError: value too large
    """
    return a << b


@cython.overflowcheck(True)
def absolute(int a):
    """
    >>> absolute(-5), absolute(2**31 - 1)
    (5, 2147483647)
    >>> absolute(-2**31)
    Traceback (most recent call last):
    OverflowError: Trying to take the absolute value of the most negative integer is not defined.
    """
    return abs(a)


@cython.overflowcheck(True)
def in_place(int a, int b):
    """
    >>> in_place(2**30, 2**30 - 1)
    2147483647
    >>> in_place(2**30, 2**30)
    Traceback (most recent call last):
    OverflowError: value too large
    """
    a += b
    return a


@cython.overflowcheck(True)
def negate_and_narrow(int a, char b, char c):
    """
    Unary minus and a narrowing store are not checked, as in Cython.

    >>> negate_and_narrow(-2**31, 100, 100)
    (-2147483648, -56)
    """
    cdef char r = b + c
    return -a, r


def unchecked(int a, int b):
    """
    >>> unchecked(2**31 - 1, 1)
    -2147483648
    """
    return a + b
