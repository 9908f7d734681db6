# Nested loops with break and continue at each level, mixing C and Python iteration.
def pairs(long n):
    """
    >>> pairs(4)
    [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
    """
    out = []
    cdef long i, j
    for i in range(n):
        for j in range(i + 1, n):
            out.append((i, j))
    return out

def first_pair_summing_to(seq, target):
    """
    >>> first_pair_summing_to([1, 5, 3, 7], 10)
    (3, 7)
    >>> print(first_pair_summing_to([1, 2], 10))
    None
    """
    found = None
    for a in seq:
        for b in seq:
            if a == b:
                continue
            if a + b == target:
                found = (a, b)
                break
        if found is not None:
            break
    return found

def grid_sum(rows):
    """
    >>> grid_sum([[1, 2], [3], [], [4, 5, 6]])
    21
    """
    cdef double total = 0
    for row in rows:
        for v in row:
            total += v
    return int(total)
