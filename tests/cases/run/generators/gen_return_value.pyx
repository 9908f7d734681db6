# return value in a generator becomes StopIteration.value; a bare return ends it with value
# None; the value seen by yield from; returning after partial consumption.
# Expected outputs recorded from Cython 3.3.0.

def returns(int n):
    cdef int i
    for i in range(n):
        yield i
    return n * 10


def bare():
    yield 1
    return


def stop_value():
    """
    >>> stop_value()
    ([0, 1], 20)
    """
    g = returns(2)
    items = [next(g), next(g)]
    try:
        next(g)
    except StopIteration as e:
        return items, e.value


def bare_value():
    """
    >>> bare_value()
    (None, ())
    """
    g = bare()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        return e.value, e.args


def delegating():
    result = yield from returns(3)
    yield 'got %d' % result


def via_yield_from():
    """
    >>> via_yield_from()
    [0, 1, 2, 'got 30']
    """
    return list(delegating())


def list_ignores_value():
    """
    >>> list_ignores_value()
    [0, 1, 2, 3]
    """
    return list(returns(4))


def return_tuple():
    """
    >>> return_tuple()
    (1, 2)
    """
    def g():
        yield 0
        return (1, 2)
    it = g()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        return e.value
