# Iterating a dict gives its keys in insertion order; .values() and .items() as in Python.
def f(d):
    """
    >>> f({'b': 2, 'a': 1})
    (['b', 'a'], 3, [('b', 2), ('a', 1)])
    """
    keys = []
    for k in d:
        keys.append(k)
    total = 0
    for v in d.values():
        total += v
    items = []
    for k, v in d.items():
        items.append((k, v))
    return keys, total, items
