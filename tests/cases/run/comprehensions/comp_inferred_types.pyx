# Values computed inside comprehensions over C ranges and views keep C semantics where Cython
# infers C types: a double sum in a generator expression, C int arithmetic on the loop
# variable, division giving floats, and type() of the items produced.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def mean(double[:] x):
    """
    >>> mean(array('d', [1.0, 2.0, 4.0]))
    2.3333333333333335
    """
    return sum(x[i] for i in range(x.shape[0])) / x.shape[0]


def halves(int n):
    """
    >>> halves(3)
    [0.0, 0.5, 1.0]
    """
    return [i / 2 for i in range(n)]


def floor_halves(int n):
    """
    >>> floor_halves(5)
    [-2, -1, -1, 0, 0]
    """
    return [(i - 3) // 2 for i in range(n)]


def item_types(int n, double[:] x):
    """
    >>> item_types(1, array('d', [1.0]))
    ('int', 'float', 'int')
    """
    a = [i for i in range(n)][0]
    b = [v for v in x][0]
    c = [x.shape[0] for _ in range(1)][0]
    return type(a).__name__, type(b).__name__, type(c).__name__


def big_values(int n):
    """
    >>> big_values(3)
    [0, 1000000000000, 2000000000000]
    """
    return [i * 1000000000000 for i in range(n)]


def modulo(int n):
    """
    >>> modulo(4)
    [1, 2, 0, 1]
    """
    return [(i - 2) % 3 for i in range(n)]
