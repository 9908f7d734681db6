# cython: cdivision=True
# With cdivision=True, // and % on C integers truncate toward zero as in C (Cython semantics).
def fdiv(long a, long b):
    """
    >>> [fdiv(a, b) for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]]
    [3, -3, -3, 3]
    """
    return a // b

def fmod(long a, long b):
    """
    >>> [fmod(a, b) for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]]
    [1, -1, 1, -1]
    """
    return a % b
