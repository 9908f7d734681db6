# Inside a handler, sys.exc_info() names the exception; after the try it is cleared again.
import sys

def f():
    """
    >>> f()
    ('ValueError', None)
    """
    try:
        raise ValueError("x")
    except ValueError:
        inside = sys.exc_info()[0].__name__
    return inside, sys.exc_info()[0]
