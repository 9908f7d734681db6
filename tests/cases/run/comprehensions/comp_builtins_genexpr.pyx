# Builtins consuming generator expressions: min, max, list, tuple, set, sorted, dict, str.join,
# enumerate and zip over them, and min of an empty one.
# Expected outputs recorded from Cython 3.3.0.

def min_max(int n):
    """
    >>> min_max(5)
    (-4, 0)
    """
    return min(-i for i in range(n)), max(-i for i in range(n))


def min_empty():
    """
    >>> min_empty()
    Traceback (most recent call last):
    ValueError: min() arg is an empty sequence
    """
    return min(i for i in range(0))


def containers(int n):
    """
    >>> containers(3)
    ([0, 1, 4], (0, 1, 4), [0, 1, 4])
    """
    return list(i * i for i in range(n)), tuple(i * i for i in range(n)), sorted(set(i * i for i in range(n)))


def sorted_genexpr(words):
    """
    >>> sorted_genexpr(['bb', 'a', 'ccc'])
    ['A', 'BB', 'CCC']
    """
    return sorted(w.upper() for w in words)


def join_genexpr(int n):
    """
    >>> join_genexpr(4)
    '0,1,2,3'
    >>> join_genexpr(0)
    ''
    """
    return ",".join(str(i) for i in range(n))


def dict_genexpr(words):
    """
    >>> dict_genexpr(['a', 'bb'])
    {'a': 1, 'bb': 2}
    """
    return dict((w, len(w)) for w in words)


def zipped(int n):
    """
    >>> zipped(3)
    [(0, 'a'), (1, 'b'), (2, 'c')]
    """
    return list(zip((i for i in range(n)), (c for c in 'abcdef')))


def frozen(int n):
    """
    >>> sorted(frozen(4))
    [0, 1]
    """
    return frozenset(i % 2 for i in range(n))
