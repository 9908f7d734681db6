# Walrus inside loop conditions and comprehension-free filters.
def chunks(data):
    """
    >>> chunks([1, 2, 3, 4, 5])
    [[1, 2], [3, 4], [5]]
    """
    out = []
    i = 0
    while (piece := data[i:i + 2]):
        out.append(piece)
        i += 2
    return out

def total_until(seq, limit):
    """
    >>> total_until([5, 5, 5, 5], 12)
    15
    """
    s = 0
    for v in seq:
        if (s := s + v) > limit:
            break
    return s
