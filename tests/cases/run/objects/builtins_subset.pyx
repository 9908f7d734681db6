# The builtins Cython users reach for in such modules: print, isinstance, sum, int(), float(),
# len, abs, min, max, enumerate and zip over ranges and sequences.
def show(xs):
    """
    >>> show([3, -1, 2])
    3 items: [3, -1, 2]
    (4, True, False, 3, 2.5, 3, 1, -1, 3)
    """
    print(len(xs), "items:", xs)
    return sum(xs), isinstance(xs, list), isinstance(xs, tuple), int("3"), float("2.5"), len(xs), abs(xs[1]), min(xs), max(xs)

def pairs(xs):
    """
    >>> pairs('ab')
    [(0, 'a', 10), (1, 'b', 11)]
    """
    out = []
    for i, (c, n) in enumerate(zip(xs, range(10, 20))):
        out.append((i, c, n))
    return out
