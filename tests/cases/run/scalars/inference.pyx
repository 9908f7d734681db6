# Cython's safe type inference: doubles and non-overflowing C ints are inferred, anything that
# could overflow stays a Python int (so big results are exact). Checked against Cython 3.3.0.
def grows(long n):
    """
    >>> grows(70)
    1180591620717411303424
    """
    x = 1
    for i in range(n):
        x = x * 2
    return x

def dsum(long n):
    """
    >>> dsum(4)
    2.5
    """
    s = 0.0
    for i in range(n):
        s += 0.5 + 0.125 * 0
        s = s + 0.125
    return s

def copy_c(int a):
    """
    >>> copy_c(7)
    7
    """
    b = a
    return b

def flags(long x):
    """
    >>> flags(3), flags(-1)
    (True, False)
    """
    ok = x > 0
    return ok
