# and / or return the deciding operand, as in Python.
def or_(a, b):
    """
    >>> or_(0, "x"), or_([1], "x"), or_("", [])
    ('x', [1], [])
    """
    return a or b

def and_(a, b):
    """
    >>> and_(0, "x"), and_([1], "x")
    (0, 'x')
    """
    return a and b

def c_and(long a, double b):
    """
    >>> c_and(2, 0.5), c_and(0, 0.5)
    (0.5, 0)
    """
    return a and b

def not_(x):
    """
    >>> not_([]), not_(3)
    (True, False)
    """
    return not x
