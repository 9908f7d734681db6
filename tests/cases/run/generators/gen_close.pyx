# close(): GeneratorExit raised at the paused yield, finally blocks run on close, a generator
# that catches GeneratorExit and returns, one that yields again (RuntimeError), closing a
# finished or never-started generator.
# Expected outputs recorded from Cython 3.3.0.

def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')


def sees_exit(log):
    try:
        yield 1
    except GeneratorExit:
        log.append('GeneratorExit')
        raise


def yields_on_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def finally_runs():
    """
    >>> finally_runs()
    (1, ['finally'], 'closed')
    """
    log = []
    g = with_finally(log)
    x = next(g)
    g.close()
    try:
        next(g)
    except StopIteration:
        return x, log, 'closed'


def exit_seen():
    """
    >>> exit_seen()
    ['GeneratorExit']
    """
    log = []
    g = sees_exit(log)
    next(g)
    g.close()
    return log


def yield_in_exit():
    """
    >>> yield_in_exit()
    Traceback (most recent call last):
    RuntimeError: generator ignored GeneratorExit
    """
    g = yields_on_exit()
    next(g)
    g.close()


def close_unstarted_and_finished():
    """
    >>> close_unstarted_and_finished()
    ([], ['finally'])
    """
    log1 = []
    g = with_finally(log1)
    g.close()
    log2 = []
    h = with_finally(log2)
    list(h)
    h.close()
    return log1, log2


def close_twice():
    """
    >>> close_twice()
    ['finally']
    """
    log = []
    g = with_finally(log)
    next(g)
    g.close()
    g.close()
    return log
