# Calling Python callables with positional and keyword arguments.
def call0(f):
    """
    >>> call0(list)
    []
    """
    return f()

def call_kw(f):
    """
    >>> call_kw(dict)
    {'a': 1, 'b': 'two'}
    >>> call_kw(sorted)
    Traceback (most recent call last):
    TypeError: sorted expected 1 argument, got 0
    """
    return f(a=1, b="two")

def mixed(f, x):
    """
    >>> mixed(sorted, [3, 1, 2])
    [3, 2, 1]
    """
    return f(x, reverse=True)

def builtins_(x):
    """
    >>> builtins_([3, 1, 2])
    (3, 1, 6, [1, 2, 3], 'abc')
    """
    return (max(x), min(x), sum(x), sorted(x), str("abc"))
