# Generators with try/finally and try/except around yields: finally on exhaustion, on an
# exception raised inside, on close, and nested try blocks unwinding in order.
# Expected outputs recorded from Cython 3.3.0.

def guarded(log, bint fail):
    try:
        log.append('start')
        yield 1
        if fail:
            raise ValueError('inside')
        yield 2
    finally:
        log.append('finally')


def nested(log):
    try:
        try:
            yield 'a'
        finally:
            log.append('inner')
        yield 'b'
    finally:
        log.append('outer')


def exhausted():
    """
    >>> exhausted()
    ([1, 2], ['start', 'finally'])
    """
    log = []
    items = list(guarded(log, False))
    return items, log


def raised():
    """
    >>> raised()
    ('ValueError', ['start', 'finally'])
    """
    log = []
    try:
        list(guarded(log, True))
    except ValueError as e:
        return type(e).__name__, log


def nested_close():
    """
    >>> nested_close()
    ['inner', 'outer']
    """
    log = []
    g = nested(log)
    next(g)
    g.close()
    return log


def nested_exhausted():
    """
    >>> nested_exhausted()
    (['a', 'b'], ['inner', 'outer'])
    """
    log = []
    return list(nested(log)), log


def except_in_generator():
    """
    >>> except_in_generator()
    [1, 'handled', 3]
    """
    def g():
        yield 1
        try:
            raise KeyError('x')
        except KeyError:
            yield 'handled'
        yield 3
    return list(g())
