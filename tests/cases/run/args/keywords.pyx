# Keyword arguments; messages recorded from Cython 3.3.0.
def f(a, b, c=3):
    """
    >>> f(1, b=2), f(c=0, b=1, a=2), f(1, 2, c=5)
    ((1, 2, 3), (2, 1, 0), (1, 2, 5))
    >>> f(b=1)
    Traceback (most recent call last):
    TypeError: f() takes at least 2 positional arguments (0 given)
    >>> f(1, c=2)
    Traceback (most recent call last):
    TypeError: f() takes at least 2 positional arguments (1 given)
    >>> f(1, 2, d=4)
    Traceback (most recent call last):
    TypeError: f() got an unexpected keyword argument 'd'
    >>> f(1, a=2)
    Traceback (most recent call last):
    TypeError: f() got multiple values for keyword argument 'a'
    """
    return (a, b, c)

def typed(int n, double x=1.5):
    """
    >>> typed(n=2), typed(1, x=2)
    ((2, 1.5), (1, 2.0))
    >>> typed(x=1.0, n="no")
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    return (n, x)
