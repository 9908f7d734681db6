# ZeroDivisionError messages as recorded from Cython 3.3.0.
def idiv(long a, long b):
    """
    >>> idiv(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    """
    return a // b

def imod(long a, long b):
    """
    >>> imod(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    """
    return a % b

def itruediv(long a, long b):
    """
    >>> itruediv(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    >>> itruediv(1, 4)
    0.25
    """
    return a / b

def ddiv(double a, double b):
    """
    >>> ddiv(1.0, 0.0)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    """
    return a / b

def dmod(double a, double b):
    """
    >>> dmod(1.0, 0.0)
    Traceback (most recent call last):
    ZeroDivisionError: float divmod()
    """
    return a % b

def overflow(long a, long b):
    """
    >>> overflow(-9223372036854775807 - 1, -1)
    Traceback (most recent call last):
    OverflowError: value too large to perform division
    """
    return a // b
