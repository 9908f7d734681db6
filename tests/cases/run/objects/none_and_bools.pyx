# None, True and False as objects, and functions without a return value.
def nothing():
    """
    >>> print(nothing())
    None
    """
    pass

def bare_return(x):
    """
    >>> print(bare_return(1))
    None
    """
    if x:
        return
    return 5

def consts():
    """
    >>> consts()
    (True, False, None, Ellipsis)
    """
    return (True, False, None, ...)
