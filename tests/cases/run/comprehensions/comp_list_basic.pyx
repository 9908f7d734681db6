# List comprehensions: over a list, a string, a tuple, with an expression and a condition,
# producing tuples, over a C-typed range.
# Expected outputs recorded from Cython 3.3.0.

def squares(items):
    """
    >>> squares([1, 2, 3])
    [1, 4, 9]
    >>> squares([])
    []
    """
    return [x * x for x in items]


def upper_letters(s):
    """
    >>> upper_letters('a1b2')
    ['A', 'B']
    """
    return [c.upper() for c in s if c.isalpha()]


def pairs(t):
    """
    >>> pairs((1, 'a', 2.5))
    [(0, 1), (1, 'a'), (2, 2.5)]
    """
    return [(i, v) for i, v in enumerate(t)]


def c_range(int n):
    """
    >>> c_range(5)
    [0, 2, 4, 6, 8]
    >>> c_range(0)
    []
    >>> c_range(-3)
    []
    """
    return [i * 2 for i in range(n)]


def c_range_step(int start, int stop, int step):
    """
    >>> c_range_step(10, 0, -3)
    [10, 7, 4, 1]
    >>> c_range_step(0, 10, 4)
    [0, 4, 8]
    """
    return [i for i in range(start, stop, step)]


def nested_result(int n):
    """
    >>> nested_result(3)
    [[], [0], [0, 1]]
    """
    return [[j for j in range(i)] for i in range(n)]
