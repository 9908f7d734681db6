# Argument-count errors with the messages Cython 3.3.0 raises.
def two(a, b):
    """
    >>> two(1, 2)
    (1, 2)
    >>> two(1)
    Traceback (most recent call last):
    TypeError: two() takes exactly 2 positional arguments (1 given)
    >>> two(1, 2, 3)
    Traceback (most recent call last):
    TypeError: two() takes exactly 2 positional arguments (3 given)
    >>> two()
    Traceback (most recent call last):
    TypeError: two() takes exactly 2 positional arguments (0 given)
    """
    return (a, b)

def opt(a, b, c=3):
    """
    >>> opt(1, 2), opt(1, 2, 4)
    ((1, 2, 3), (1, 2, 4))
    >>> opt(1)
    Traceback (most recent call last):
    TypeError: opt() takes at least 2 positional arguments (1 given)
    >>> opt(1, 2, 3, 4)
    Traceback (most recent call last):
    TypeError: opt() takes at most 3 positional arguments (4 given)
    """
    return (a, b, c)

def one(a):
    """
    >>> one()
    Traceback (most recent call last):
    TypeError: one() takes exactly 1 positional argument (0 given)
    """
    return a

def none():
    """
    >>> none()
    0
    >>> none(1)
    Traceback (most recent call last):
    TypeError: none() takes no arguments (1 given)
    >>> none(a=1)
    Traceback (most recent call last):
    TypeError: none() takes no keyword arguments
    """
    return 0
