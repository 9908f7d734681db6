# Dict literals, indexing, assignment, membership and iteration over items.
def f(k):
    """
    >>> f('b')
    (2, True, False, [('a', 1), ('b', 20), ('c', 3)])
    """
    d = {'a': 1, 'b': 2}
    old = d[k]
    d[k] = old * 10
    d['c'] = 3
    out = []
    for key, value in d.items():
        out.append((key, value))
    return old, k in d, 'z' in d, out
