def add(a, b):
    """
    >>> add(1, 2)
    3
    """
    return a + b
