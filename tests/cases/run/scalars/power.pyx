# ** on C numbers as Cython 3 computes it (its cpow=False default): long ** long is a double
# (the exponent may be negative), double ** double C's complex power, a float when real; on
# objects, Python's (see c_power.pyx for the rules case by case).
def p(long a, long b):
    """
    >>> p(2, 10)
    1024.0
    >>> p(2, -1)
    0.5
    >>> p(3, 40)
    1.2157665459056929e+19
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
