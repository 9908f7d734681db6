# Parameters typed as builtin types check the argument (None allowed unless 'not None').
def first(list xs):
    """
    >>> first([4, 5])
    4
    >>> first((4, 5))
    Traceback (most recent call last):
    TypeError: Argument 'xs' has incorrect type (expected list, got tuple)
    """
    return xs[0]

def name(str s):
    """
    >>> name("abc"), name(None)
    ('abc', None)
    """
    return s

def strict(dict d not None):
    """
    >>> strict({})
    {}
    >>> strict(None)
    Traceback (most recent call last):
    TypeError: Argument 'd' has incorrect type (expected dict, got NoneType)
    """
    return d
