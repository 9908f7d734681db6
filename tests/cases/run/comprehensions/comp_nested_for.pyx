# Comprehensions with several for clauses and several if clauses: the order of the loops, an
# inner loop depending on the outer variable, conditions between the loops.
# Expected outputs recorded from Cython 3.3.0.

def product(a, b):
    """
    >>> product('ab', [1, 2])
    [('a', 1), ('a', 2), ('b', 1), ('b', 2)]
    """
    return [(x, y) for x in a for y in b]


def triangle(int n):
    """
    >>> triangle(4)
    [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2), (3, 0), (3, 1), (3, 2), (3, 3)]
    """
    return [(i, j) for i in range(n) for j in range(i + 1)]


def flatten(rows):
    """
    >>> flatten([[1, 2], [], [3]])
    [1, 2, 3]
    """
    return [x for row in rows for x in row]


def several_ifs(int n):
    """
    >>> several_ifs(30)
    [0, 6, 12, 18, 24]
    """
    return [i for i in range(n) if i % 2 == 0 if i % 3 == 0]


def if_between(int n):
    """
    >>> if_between(4)
    [(1, 0), (3, 0), (3, 1), (3, 2)]
    """
    return [(i, j) for i in range(n) if i % 2 for j in range(i)]


def pythagorean(int n):
    """
    >>> pythagorean(20)
    [(3, 4, 5), (5, 12, 13), (6, 8, 10), (8, 15, 17), (9, 12, 15)]
    """
    return [(a, b, c) for a in range(1, n) for b in range(a, n) for c in range(b, n)
            if a * a + b * b == c * c]


def set_of_sums(int n):
    """
    >>> set_of_sums(3) == {0, 1, 2, 3, 4}
    True
    """
    return {i + j for i in range(n) for j in range(n)}
