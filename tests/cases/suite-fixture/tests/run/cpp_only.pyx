# mode: run
# tag: cpp

def f():
    """
    >>> f()
    1
    """
    return 1
