# Lambdas passed as arguments: sorted key=, map, filter, min/max key=, reduce, and a lambda
# called immediately.
# Expected outputs recorded from Cython 3.3.0.
from functools import reduce


def sort_by_key(words):
    """
    >>> sort_by_key(['ccc', 'a', 'bb'])
    (['a', 'bb', 'ccc'], ['ccc', 'bb', 'a'])
    """
    return sorted(words, key=lambda w: len(w)), sorted(words, key=lambda w: -len(w))


def mapped(int n):
    """
    >>> mapped(4)
    [0, 3, 6, 9]
    """
    return list(map(lambda x: x * 3, range(n)))


def filtered(items):
    """
    >>> filtered([1, -2, 3, 0])
    [1, 3]
    """
    return list(filter(lambda x: x > 0, items))


def extremes(pairs):
    """
    >>> extremes([('a', 3), ('b', 1), ('c', 2)])
    (('b', 1), ('a', 3))
    """
    return min(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[1])


def reduced(int n):
    """
    >>> reduced(5)
    120
    """
    return reduce(lambda a, b: a * b, range(1, n + 1))


def immediate():
    """
    >>> immediate()
    7
    """
    return (lambda a, b: a + b)(3, 4)


def sort_pairs(pairs):
    """
    >>> sort_pairs([(2, 'b'), (1, 'z'), (2, 'a')])
    [(1, 'z'), (2, 'a'), (2, 'b')]
    """
    return sorted(pairs, key=lambda p: (p[0], p[1]))
