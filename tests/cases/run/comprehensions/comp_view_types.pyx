# Comprehensions over views of other element types: int, long long, float (single precision,
# converted to a Python float), unsigned char, and a const double view of a bytes-like buffer.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def ints(int[:] x):
    """
    >>> ints(array('i', [3, -1]))
    [6, -2]
    """
    return [v * 2 for v in x]


def long_longs(long long[:] x):
    """
    >>> long_longs(array('q', [2 ** 40, -5]))
    [1099511627777, -4]
    """
    return [v + 1 for v in x]


def floats(float[:] x):
    """
    >>> floats(array('f', [0.5, 0.1]))
    [0.5, 0.10000000149011612]
    """
    return [v for v in x]


def uchars(unsigned char[:] x):
    """
    >>> uchars(bytearray(b'az'))
    [97, 122]
    """
    return [v for v in x]


def const_view(const double[:] x):
    """
    >>> const_view(array('d', [1.5, 2.5]))
    [1.5, 2.5]
    """
    return [x[i] for i in range(x.shape[0])]
