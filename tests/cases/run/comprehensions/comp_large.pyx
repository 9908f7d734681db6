# Larger comprehensions: 100000 items built and summed, a dict of 10000 entries, nested
# comprehensions producing a 100 x 100 table; results summarised to keep the output short.
# Expected outputs recorded from Cython 3.3.0.

def big_list(int n):
    """
    >>> big_list(100000)
    (100000, 4999950000, 99999)
    """
    r = [i for i in range(n)]
    return len(r), sum(r), r[-1]


def big_dict(int n):
    """
    >>> big_dict(10000)
    (10000, 99980001)
    """
    d = {i: i * i for i in range(n)}
    return len(d), d[n - 1]


def table(int n):
    """
    >>> table(100)
    (100, 100, 9801, 24502500)
    """
    t = [[i * j for j in range(n)] for i in range(n)]
    return len(t), len(t[0]), t[99][99], sum(sum(row) for row in t)


def genexpr_big(int n):
    """
    >>> genexpr_big(1000000)
    499999500000
    """
    return sum(i for i in range(n))
