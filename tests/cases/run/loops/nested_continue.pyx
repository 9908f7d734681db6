# Nested loops with continue and break at both levels.
def pairs(int n):
    """
    >>> pairs(5)
    [(1, 0), (2, 1), (3, 0), (3, 2), (4, 1), (4, 3)]
    """
    out = []
    cdef int i, j
    for i in range(n):
        for j in range(i):
            if (i + j) % 2 == 0:
                continue
            out.append((i, j))
    return out
