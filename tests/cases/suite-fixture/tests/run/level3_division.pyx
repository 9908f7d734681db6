# cython: language_level=3

def div(int a, int b):
    """
    >>> div(7, 2)
    3.5
    """
    return a / b
