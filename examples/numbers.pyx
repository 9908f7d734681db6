"""Scalar and object code compiled by pyxc: C doubles and ints where declared, exact Python
ints where not, and Python's exceptions with Cython's messages.

>>> poly(2.0), poly(0.5, n=2)
(15.0, 1.75)
>>> fact(25)
15511210043330985984000000
>>> safe_div(-7, 2)
-4
"""

def poly(double x, int n=3):
    """Sum of x**i for i in 0..n, in C doubles.

    >>> poly(2.0)
    15.0
    >>> poly("two")
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    cdef double s = 0, term = 1
    cdef int i
    for i in range(n + 1):
        s += term
        term *= x
    return s

def fact(n):
    """n! with Python ints: no overflow.

    >>> fact(0), fact(10)
    (1, 3628800)
    >>> fact(30)
    265252859812191058636308480000000
    """
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r

def safe_div(long a, long b):
    """Floor division on C longs with Python's semantics.

    >>> safe_div(7, 2), safe_div(-7, 2), safe_div(7, -2)
    (3, -4, -4)
    >>> safe_div(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    >>> safe_div(2**63, 1)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C long
    """
    return a // b

def running_max(values):
    """The walrus keeps the latest value while the loop tests it.

    >>> running_max([3, 1, 4, 1, 5, 9, 2, 6])
    [3, 4, 5, 9]
    """
    out = []
    best = None
    for v in values:
        if best is None or (latest := v) > best:
            best = v
            out.append(v)
    return out
