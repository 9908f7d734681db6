# Generators yielding values: a fixed sequence, from a loop over a C range, with a condition,
# yielding objects and C doubles, consumed by list(), for and next().
# Expected outputs recorded from Cython 3.3.0.

def three():
    yield 1
    yield 'two'
    yield 3.0


def evens(int n):
    cdef int i
    for i in range(n):
        if i % 2 == 0:
            yield i


def halves(int n):
    cdef double x = 1.0
    cdef int i
    for i in range(n):
        yield x
        x /= 2


def consumed():
    """
    >>> consumed()
    ([1, 'two', 3.0], [0, 2, 4], [1.0, 0.5, 0.25])
    """
    return list(three()), list(evens(6)), list(halves(3))


def by_next():
    """
    >>> by_next()
    (1, 'two', 3.0, 'end')
    """
    g = three()
    return next(g), next(g), next(g), next(g, 'end')


def in_for_loop(int n):
    """
    >>> in_for_loop(7)
    12
    """
    total = 0
    for v in evens(n):
        total += v
    return total


def empty_generator():
    """
    >>> list(empty_generator())
    []
    """
    return
    yield


def independent():
    """
    >>> independent()
    (0, 0, 2)
    """
    a = evens(10)
    b = evens(10)
    x = next(a)
    y = next(b)
    return x, y, next(a)
