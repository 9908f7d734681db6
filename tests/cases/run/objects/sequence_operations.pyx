# Tuples and lists: building, indexing (negative too), len, slicing, iteration.
def f(n):
    """
    >>> f(4)
    ((0, 1, 2, 3), 3, 4, [1, 2], [0, 2, 4, 6])
    """
    items = []
    cdef int i
    for i in range(n):
        items.append(i)
    t = tuple(items)
    doubled = []
    for v in t:
        doubled.append(v * 2)
    return t, t[-1], len(t), items[1:3], doubled
