# Generators chained into a pipeline (each pulling lazily from the previous one), with the
# order of evaluation logged, a filter, a running sum with a C double, and a pipeline stopped
# early closing its stages.
# Expected outputs recorded from Cython 3.3.0.

def source(log, int n):
    cdef int i
    try:
        for i in range(n):
            log.append('src %d' % i)
            yield i
    finally:
        log.append('src closed')


def evens_only(it):
    for x in it:
        if x % 2 == 0:
            yield x


def running_sum(it):
    cdef double total = 0
    for x in it:
        total += x
        yield total


def lazy_order():
    """
    >>> lazy_order()
    (0.0, ['src 0'])
    """
    log = []
    p = running_sum(evens_only(source(log, 10)))
    first = next(p)
    return first, list(log)


def full_run():
    """
    >>> full_run()
    ([0.0, 2.0, 6.0], 'src closed')
    """
    log = []
    items = list(running_sum(evens_only(source(log, 5))))
    return items, log[-1]


def stopped_early():
    """
    >>> stopped_early()
    ['src 0', 'src 1', 'src 2', 'src closed']
    """
    log = []
    p = running_sum(evens_only(source(log, 100)))
    next(p)
    next(p)
    del p
    return log
