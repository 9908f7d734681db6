# Literal defaults of every kind, for C and object parameters.
def d(int i=-3, double x=2.5, bint b=True, s="str", by=b"by", n=None, f=-0.5, big=12345678901234567890):
    """
    >>> d()
    (-3, 2.5, True, 'str', b'by', None, -0.5, 12345678901234567890)
    >>> d(1, 2, False, 3, 4, 5, 6, 7)
    (1, 2.0, False, 3, 4, 5, 6, 7)
    """
    return (i, x, b, s, by, n, f, big)

def c_default(long n=10):
    """
    >>> c_default() + c_default(5)
    15
    """
    return n
