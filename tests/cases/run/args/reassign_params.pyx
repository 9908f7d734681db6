# Reassigning parameters: the function takes its own reference, the caller's is untouched.
def rebind(x):
    """
    >>> o = [1]
    >>> rebind(o)
    'new'
    >>> o
    [1]
    """
    y = x
    x = "new"
    return x

def swap_like(a, b):
    """
    >>> swap_like(1, 2)
    (2, 1)
    """
    t = a
    a = b
    b = t
    return (a, b)

def self_assign(x):
    """
    >>> self_assign([7])
    [7]
    """
    x = x
    y = x
    y = y
    return y
