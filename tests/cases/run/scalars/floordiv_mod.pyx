# Python's floor division and modulo on C integers (not C's truncation), checked against Cython 3.3.0.
def fdiv(long a, long b):
    """
    >>> [fdiv(a, b) for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)]]
    [3, -4, -4, 3, 0]
    """
    return a // b

def fmod(long a, long b):
    """
    >>> [fmod(a, b) for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)]]
    [1, 1, -1, -1, 0]
    """
    return a % b

def dfdiv(double a, double b):
    """
    >>> [dfdiv(a, b) for a, b in [(7.0, 2.0), (-7.0, 2.0), (7.5, -2.0)]]
    [3.0, -4.0, -4.0]
    """
    return a // b

def dmod(double a, double b):
    """
    >>> [dmod(a, b) for a, b in [(7.0, 2.0), (-7.0, 2.0), (7.5, -2.0)]]
    [1.0, 1.0, -0.5]
    """
    return a % b
