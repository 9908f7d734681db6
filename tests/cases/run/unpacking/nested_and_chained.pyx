# Nested targets and an unpacking in a chain of assignments.
def nested(t):
    """
    >>> nested(((1, 2), 3))
    (1, 2, 3)
    """
    (a, b), c = t
    return a, b, c

def chained(t):
    """
    >>> chained((1, 2))
    ((1, 2), 1, 2)
    """
    x = a, b = t
    return x, a, b
