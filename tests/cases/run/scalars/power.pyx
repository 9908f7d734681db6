# ** follows Python semantics for any operand types (negative exponents, big results).
def p(long a, long b):
    """
    >>> p(2, 10)
    1024
    >>> p(2, -1)
    0.5
    >>> p(3, 40)
    12157665459056928801
    """
    return a ** b

def pf(double a, double b):
    """
    >>> pf(2.0, 0.5) == 2 ** 0.5
    True
    """
    return a ** b

def pobj(a, b):
    """
    >>> pobj(7, 2), pobj(2.0, 3)
    (49, 8.0)
    """
    return a ** b
