def add(a, b):
    """
    >>> add(1, 2)
    4
    """
    return a + b
