# Objects passed to and returned from cdef functions keep balanced reference counts.
cdef object pair(a, b):
    return (a, b)

cdef list grow(list items, x):
    items.append(x)
    return items

def run(x):
    """
    >>> import sys
    >>> o = object()
    >>> before = sys.getrefcount(o)
    >>> [run(o) for _ in range(100)][-1][0] is o
    True
    >>> sys.getrefcount(o) == before
    True
    """
    r = pair(x, grow([], x))
    return r
