# x if cond else y, on C values and objects; only the chosen branch is evaluated.
def pick(long a, long b):
    """
    >>> pick(1, 2), pick(5, 2)
    (2, 5)
    """
    return a if a > b else b

def lazy(flag, d):
    """
    >>> lazy(True, {"k": 1}), lazy(False, {})
    (1, 'default')
    """
    return d["k"] if flag else "default"

def mixed_types(long flag):
    """
    >>> mixed_types(1), mixed_types(0)
    (1, 2.5)
    """
    return 1 if flag else 2.5

def into_double(long flag):
    """
    >>> into_double(1), into_double(0)
    (1.0, 2.5)
    """
    cdef double d = 1 if flag else 2.5
    return d
