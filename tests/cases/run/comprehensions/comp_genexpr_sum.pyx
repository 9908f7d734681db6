# sum() over generator expressions: over a C range, over a double[:] view by index and
# directly, with a start value, with a condition, an empty sum, and sums of objects.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def range_sum(int n):
    """
    >>> range_sum(10)
    45
    >>> range_sum(0)
    0
    """
    return sum(i for i in range(n))


def view_sum_index(double[:] x):
    """
    >>> view_sum_index(array('d', [0.5, 1.5, 2.0]))
    4.0
    """
    return sum(x[i] for i in range(x.shape[0]))


def view_sum_items(double[:] x):
    """
    >>> view_sum_items(array('d', [0.5, 1.5, 2.0]))
    4.0
    >>> view_sum_items(array('d'))
    0
    """
    return sum(v for v in x)


def squares_with_start(int n):
    """
    >>> squares_with_start(4)
    114
    """
    return sum((i * i for i in range(n)), 100)


def conditional(int n):
    """
    >>> conditional(10)
    20
    """
    return sum(i for i in range(n) if i % 2 == 0)


def floats(int n):
    """
    >>> floats(4)
    1.875
    """
    return sum(1.0 / 2 ** i for i in range(n))


def lists(int n):
    """
    >>> lists(3)
    [1, 2, 2]
    """
    return sum(([i] * i for i in range(n)), [])


def bad_items():
    """
    >>> bad_items()
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for +: 'int' and 'str'
    """
    return sum(x for x in [1, 'a'])
