# Scopes of nested comprehensions: an inner comprehension reading the outer comprehension's
# variable and the function's locals, the same variable name reused at two levels, and a
# lambda made in a comprehension capturing its variable.
# Expected outputs recorded from Cython 3.3.0.

def inner_reads_outer(int n):
    """
    >>> inner_reads_outer(3)
    [[0], [1, 2], [2, 3, 4]]
    """
    return [[i + j for j in range(i + 1)] for i in range(n)]


def same_name_two_levels():
    """
    >>> same_name_two_levels()
    [['a', 'b'], ['a', 'b']]
    """
    return [[x for x in 'ab'] for x in range(2)]


def function_local(int n):
    """
    >>> function_local(2)
    {0: [100], 1: [100, 101]}
    """
    cdef int base = 100
    return {i: [base + j for j in range(i + 1)] for i in range(n)}


def genexpr_in_comprehension(int n):
    """
    >>> genexpr_in_comprehension(4)
    [0, 0, 1, 3]
    """
    return [sum(j for j in range(i)) for i in range(n)]


def comprehension_in_genexpr(int n):
    """
    >>> comprehension_in_genexpr(3)
    [[], [0], [0, 1]]
    """
    return list([j for j in range(i)] for i in range(n))


def genexpr_late_binding():
    """
    >>> genexpr_late_binding()
    [10, 11]
    """
    k = 0
    g = (k + i for i in range(2))
    k = 10
    return list(g)
