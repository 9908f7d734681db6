# Forms of yield: a bare yield (None), (yield) as a value in expressions and arguments, yield
# in a while/else and in a for/else, yield inside a conditional expression's operands, and a
# yielded tuple.
# Expected outputs recorded from Cython 3.3.0.

def bare():
    yield
    yield


def as_value():
    x = (yield 'a') or 'default'
    y = [(yield 'b'), 'tail']
    yield x, y


def loops_with_else(int n):
    cdef int i = 0
    while i < n:
        yield i
        i += 1
    else:
        yield 'while-else'
    for c in 'x':
        yield c
    else:
        yield 'for-else'


def tuples():
    yield 1, 2
    yield (3,)


def forms():
    """
    >>> forms()
    ([None, None], ['a', 'b', ('default', ['sent', 'tail'])])
    """
    g = as_value()
    out = [next(g), next(g), g.send('sent')]
    return list(bare()), out


def else_clauses():
    """
    >>> list(loops_with_else(2))
    [0, 1, 'while-else', 'x', 'for-else']
    """


def tuple_items():
    """
    >>> list(tuples())
    [(1, 2), (3,)]
    """
