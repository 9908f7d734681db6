# Comprehensions over a double[:] view: indexing by a range over its shape, iterating the view
# directly, a condition on the items, a slice of the view, an empty view.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def doubled(double[:] x):
    """
    >>> doubled(array('d', [1.0, 2.5, -3.0]))
    [2.0, 5.0, -6.0]
    >>> doubled(array('d'))
    []
    """
    return [x[i] * 2 for i in range(x.shape[0])]


def items(double[:] x):
    """
    >>> items(array('d', [1.0, 2.5, -3.0]))
    [1.0, 2.5, -3.0]
    """
    return [v for v in x]


def positives(double[:] x):
    """
    >>> positives(array('d', [1.0, -2.0, 3.0, 0.0]))
    [1.0, 3.0]
    """
    return [v for v in x if v > 0]


def every_other(double[:] x):
    """
    >>> every_other(array('d', [0.0, 1.0, 2.0, 3.0, 4.0]))
    [0.0, 2.0, 4.0]
    """
    return [v for v in x[::2]]


def reversed_index(double[:] x):
    """
    >>> reversed_index(array('d', [1.0, 2.0, 3.0]))
    [3.0, 2.0, 1.0]
    """
    cdef Py_ssize_t n = x.shape[0]
    return [x[n - 1 - i] for i in range(n)]


def as_dict(double[:] x):
    """
    >>> as_dict(array('d', [0.5, 1.5]))
    {0: 0.5, 1: 1.5}
    """
    return {i: x[i] for i in range(x.shape[0])}


def item_types(double[:] x):
    """
    >>> item_types(array('d', [1.0]))
    ['float']
    """
    return [type(v).__name__ for v in x]
