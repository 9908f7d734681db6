# Comprehensions and generator expressions at module level: evaluated at import, reading module
# globals, their variables not leaking into the module namespace.
# Expected outputs recorded from Cython 3.3.0.

BASE = 10
SQUARES = [i * i for i in range(5)]
LOOKUP = {name: len(name) for name in ['a', 'bb']}
TOTAL = sum(BASE + i for i in range(3))
EVENS = {i for i in range(6) if i % 2 == 0}


def values():
    """
    >>> values()
    ([0, 1, 4, 9, 16], {'a': 1, 'bb': 2}, 33, [0, 2, 4])
    """
    return SQUARES, LOOKUP, TOTAL, sorted(EVENS)


def no_leak():
    """
    >>> no_leak()
    (False, False)
    """
    g = globals()
    return 'i' in g, 'name' in g
