# Comprehensions over an int[:, :] view: rows of a matrix as lists, a transposed walk, the
# diagonal, and nested comprehensions over both dimensions.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def matrix():
    return memoryview(array('i', [1, 2, 3, 4, 5, 6])).cast('b').cast('i', (2, 3))


def rows(int[:, :] m):
    """
    >>> rows(matrix())
    [[1, 2, 3], [4, 5, 6]]
    """
    return [[m[i, j] for j in range(m.shape[1])] for i in range(m.shape[0])]


def columns(int[:, :] m):
    """
    >>> columns(matrix())
    [[1, 4], [2, 5], [3, 6]]
    """
    return [[m[i, j] for i in range(m.shape[0])] for j in range(m.shape[1])]


def flat(int[:, :] m):
    """
    >>> flat(matrix())
    [1, 2, 3, 4, 5, 6]
    """
    return [m[i, j] for i in range(m.shape[0]) for j in range(m.shape[1])]


def diagonal(int[:, :] m):
    """
    >>> diagonal(matrix())
    [1, 5]
    """
    return [m[i, i] for i in range(min(m.shape[0], m.shape[1]))]


def row_sums(int[:, :] m):
    """
    >>> row_sums(matrix())
    [6, 15]
    """
    return [sum([m[i, j] for j in range(m.shape[1])]) for i in range(m.shape[0])]


def out_of_bounds(int[:, :] m):
    """
    >>> out_of_bounds(matrix())
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    """
    return [m[0, j] for j in range(m.shape[1] + 1)]
