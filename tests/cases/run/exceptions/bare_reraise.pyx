# A bare raise in an except clause raises the handled exception again.
def reraise(x):
    """
    >>> reraise(0)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    try:
        return 1 / x
    except ZeroDivisionError:
        raise
