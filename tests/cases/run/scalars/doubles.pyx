# C doubles: conversions and arithmetic. Messages from Cython 3.3.0 (CPython's PyFloat_AsDouble).
def half(double x):
    """
    >>> half(3)
    1.5
    >>> half(True)
    0.5
    >>> half("x")
    Traceback (most recent call last):
    TypeError: must be real number, not str
    >>> half(None)
    Traceback (most recent call last):
    TypeError: must be real number, not NoneType
    """
    return x / 2

def as_float(float f):
    """
    >>> as_float(0.5)
    0.5
    >>> as_float(0.1) == 0.1
    False
    """
    return f

def neg(double x):
    """
    >>> neg(2.5), neg(-0.0)
    (-2.5, 0.0)
    """
    return -x

def big(double x):
    """
    >>> big(2**1024)
    Traceback (most recent call last):
    OverflowError: int too large to convert to float
    """
    return x
