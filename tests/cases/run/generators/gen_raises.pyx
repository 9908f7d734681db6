# A generator that raises: the exception propagates to the consumer at the right next(), the
# generator is finished afterwards, a StopIteration raised inside becomes RuntimeError (PEP
# 479), and next() after exhaustion keeps raising StopIteration.
# Expected outputs recorded from Cython 3.3.0.

def fails_at(int k):
    cdef int i
    for i in range(5):
        if i == k:
            raise ValueError('at %d' % i)
        yield i


def raises_stop():
    yield 1
    raise StopIteration


def propagates():
    """
    >>> propagates()
    ([0, 1], 'at 2', 'finished')
    """
    g = fails_at(2)
    got = [next(g), next(g)]
    try:
        next(g)
    except ValueError as e:
        msg = str(e)
    try:
        next(g)
    except StopIteration:
        return got, msg, 'finished'


def in_list():
    """
    >>> list(fails_at(0))
    Traceback (most recent call last):
    ValueError: at 0
    """


def pep479():
    """
    >>> list(raises_stop())
    Traceback (most recent call last):
    RuntimeError: generator raised StopIteration
    """


def after_exhaustion():
    """
    >>> after_exhaustion()
    ('StopIteration', 'StopIteration', 'default')
    """
    g = fails_at(10)
    list(g)
    out = []
    for _ in range(2):
        try:
            next(g)
        except StopIteration:
            out.append('StopIteration')
    out.append(next(g, 'default'))
    return tuple(out)


def not_a_generator_yet():
    """
    >>> not_a_generator_yet()
    'created'
    """
    g = fails_at(0)
    return 'created'
