# No language_level: runtests.py compiles at level 2, where / of two C ints is C's division.

def div(int a, int b):
    """
    >>> div(7, 2)
    3
    """
    return a / b
