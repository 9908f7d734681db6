# throw(): an exception thrown into a generator and caught there (the generator goes on and
# yields the handler's value), not caught (it propagates to the caller and the generator is
# finished), thrown into a just-started generator, and with an exception instance.
# Expected outputs recorded from Cython 3.3.0.

def catching():
    while True:
        try:
            yield 'ok'
        except ValueError as e:
            yield 'caught ' + str(e)


def not_catching():
    yield 1
    yield 2


def caught():
    """
    >>> caught()
    ('ok', 'caught bad', 'ok')
    """
    g = catching()
    a = next(g)
    b = g.throw(ValueError('bad'))
    return a, b, next(g)


def uncaught():
    """
    >>> uncaught()
    ('KeyError', 'k', 'finished')
    """
    g = not_catching()
    next(g)
    try:
        g.throw(KeyError('k'))
    except KeyError as e:
        name = type(e).__name__
        arg = e.args[0]
    try:
        next(g)
    except StopIteration:
        return name, arg, 'finished'


def thrown_at_start():
    """
    >>> thrown_at_start()
    Traceback (most recent call last):
    RuntimeError: early
    """
    g = catching()
    g.throw(RuntimeError('early'))


def throw_type():
    """
    >>> throw_type()
    'caught '
    """
    g = catching()
    next(g)
    return g.throw(ValueError)


def throw_finished():
    """
    >>> throw_finished()
    Traceback (most recent call last):
    IndexError: late
    """
    g = not_catching()
    list(g)
    g.throw(IndexError('late'))
