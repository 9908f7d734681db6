# Set and dict comprehensions: duplicates collapse, keys computed from C ints, a dict inverted,
# conditions, and later keys overwriting earlier ones.
# Expected outputs recorded from Cython 3.3.0.

def remainders(int n, int m):
    """
    >>> remainders(10, 3)
    [0, 1, 2]
    """
    return sorted({i % m for i in range(n)})


def lengths(words):
    """
    >>> sorted(lengths(['a', 'bb', 'cc', 'ddd']))
    [1, 2, 3]
    """
    return {len(w) for w in words}


def squares_dict(int n):
    """
    >>> squares_dict(4)
    {0: 0, 1: 1, 2: 4, 3: 9}
    """
    return {i: i * i for i in range(n)}


def invert(d):
    """
    >>> invert({'a': 1, 'b': 2})
    {1: 'a', 2: 'b'}
    """
    return {v: k for k, v in d.items()}


def last_wins():
    """
    >>> last_wins()
    {0: 4, 1: 3}
    """
    return {i % 2: i for i in range(5)}


def filtered(d):
    """
    >>> filtered({'a': 1, 'b': -2, 'c': 3})
    {'a': 1, 'c': 3}
    """
    return {k: v for k, v in d.items() if v > 0}


def unhashable():
    """
    >>> unhashable()
    Traceback (most recent call last):
    TypeError: unhashable type: 'list'
    """
    return {x for x in [[1], [2]]}
