# Conditional expressions in comprehension results and conditions combining C comparisons,
# `in` tests and `not`, over C ranges and lists.
# Expected outputs recorded from Cython 3.3.0.

def fizz(int n):
    """
    >>> fizz(7)
    ['fizz', 1, 2, 'fizz', 4, 5, 'fizz']
    """
    return ['fizz' if i % 3 == 0 else i for i in range(n)]


def clip(items, double lo, double hi):
    """
    >>> clip([-1.0, 0.5, 2.0], 0.0, 1.0)
    [0.0, 0.5, 1.0]
    """
    return [lo if x < lo else hi if x > hi else x for x in items]


def membership(words, banned):
    """
    >>> membership(['a', 'b', 'c'], {'b'})
    ['a', 'c']
    """
    return [w for w in words if w not in banned]


def chained(int n):
    """
    >>> chained(10)
    [3, 4, 5, 6]
    """
    return [i for i in range(n) if 2 < i < 7]


def boolean_ops(int n):
    """
    >>> boolean_ops(10)
    [0, 1, 8, 9]
    """
    return [i for i in range(n) if i < 2 or i > 7 and not i == 10]
