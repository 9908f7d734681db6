def add(a, b):
    """
    >>> add(1, 2)
    5
    """
    return a + b
