# Tuple targets in for loops: enumerate and zip.
def loops(x):
    """
    >>> loops(['a', 'b'])
    [(0, 'a'), (1, 'b')]
    """
    out = []
    for i, v in enumerate(x):
        out.append((i, v))
    return out

def zipped(x, y):
    """
    >>> zipped([1, 2, 3], [10, 20, 30])
    66
    """
    s = 0
    for a, b in zip(x, y):
        s += a + b
    return s
