# A generator expression as an object: next() on it, StopIteration at the end, iterating it
# twice gives the items once, partial consumption, its body run lazily, a non-iterable
# consumed.
# Expected outputs recorded from Cython 3.3.0.

def next_items():
    """
    >>> next_items()
    (0, 1, 'done')
    """
    g = (i for i in range(2))
    a = next(g)
    b = next(g)
    return a, b, next(g, 'done')


def stop_iteration():
    """
    >>> g = (x for x in [1])
    >>> stop_iteration()
    Traceback (most recent call last):
    StopIteration
    """
    g = (x for x in [])
    return next(g)


def twice():
    """
    >>> twice()
    ([0, 2, 4], [])
    """
    g = (i * 2 for i in range(3))
    return list(g), list(g)


def partial():
    """
    >>> partial()
    (0, [1, 2])
    """
    g = (i for i in range(3))
    first = next(g)
    return first, list(g)


def not_iterable():
    """
    >>> not_iterable()
    Traceback (most recent call last):
    TypeError: 'int' object is not iterable
    """
    g = (x for x in 5)
    return list(g)


def body_lazy():
    """
    >>> body_lazy()
    ([], [0, 1], [0, 1])
    """
    log = []
    g = (log.append(i) or i for i in range(2))
    before = list(log)
    items = list(g)
    return before, items, log


def is_iterator():
    """
    >>> is_iterator()
    (True, True)
    """
    g = (i for i in range(1))
    return iter(g) is g, hasattr(g, 'send')
