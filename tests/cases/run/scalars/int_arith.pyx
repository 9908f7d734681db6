# Expected outputs: Python semantics; the doctests also pass when built by Cython 3.3.0.
def add(int a, int b):
    """
    >>> add(2, 3)
    5
    >>> add(-7, 3)
    -4
    """
    return a + b

def mixed(long a, double b):
    """
    >>> mixed(3, 0.5)
    3.5
    >>> mixed(-2, 2.25)
    0.25
    """
    return a + b

def ops(long a, long b):
    """
    >>> ops(17, 5)
    (22, 12, 85, 3, 2, 3.4)
    >>> ops(-17, 5)
    (-12, -22, -85, -4, 3, -3.4)
    """
    return (a + b, a - b, a * b, a // b, a % b, a / b)

def bits(long a, long b):
    """
    >>> bits(12, 10)
    (8, 14, 6, 48, 3, -13)
    """
    return (a & b, a | b, a ^ b, a << 2, a >> 2, ~a)
