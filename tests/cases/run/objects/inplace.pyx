# Augmented assignment on objects is in place (a list is extended, not copied).
def extend(lst, more):
    """
    >>> a = [1]
    >>> b = extend(a, [2, 3])
    >>> a, b is a
    ([1, 2, 3], True)
    """
    lst += more
    return lst

def counter(d, k):
    """
    >>> counter({"a": 1}, "a")
    {'a': 11}
    """
    d[k] += 10
    return d

def attr_inc(o):
    """
    >>> class C: pass
    >>> c = C(); c.n = 1
    >>> attr_inc(c).n
    3
    """
    o.n += 2
    return o
