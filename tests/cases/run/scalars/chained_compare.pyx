# Chained comparisons evaluate each operand once and stop at the first false one.
def between(long lo, long x, long hi):
    """
    >>> between(1, 2, 3), between(1, 5, 3), between(3, 2, 1)
    (True, False, False)
    """
    return lo < x < hi


def objects(a, b, c):
    """
    >>> objects(1, 2, 3), objects(1, 2, 2), objects(2, 1, 3)
    (True, False, False)
    >>> objects([1], [2], [3])
    True
    """
    return a < b < c
