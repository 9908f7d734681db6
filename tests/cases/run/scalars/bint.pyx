# bint: C truth values that become Python bools.
def truth(bint b):
    """
    >>> truth(3), truth(0), truth([]), truth([0]), truth(None)
    (True, False, False, True, False)
    """
    return b

def both(bint a, bint b):
    """
    >>> both(True, False), both(1, 2)
    (False, True)
    """
    return a and b

def cmp(double a, double b):
    """
    >>> cmp(1.0, 2.0)
    (True, True, False, False, False, True)
    """
    return (a < b, a <= b, a > b, a >= b, a == b, a != b)

def negate(long x):
    """
    >>> negate(0), negate(5)
    (True, False)
    """
    return not x
