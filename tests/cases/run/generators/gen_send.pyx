# yield as an expression with send(): the first send must be None, values sent come back as the
# value of the yield, a running average, and send() after exhaustion.
# Expected outputs recorded from Cython 3.3.0.

def echo():
    received = None
    while True:
        received = yield received


def averager():
    cdef double total = 0
    cdef int count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


def echoing():
    """
    >>> echoing()
    (None, 'a', 'b', None)
    """
    g = echo()
    return next(g), g.send('a'), g.send('b'), next(g)


def running_average():
    """
    >>> running_average()
    [10.0, 15.0, 20.0]
    """
    g = averager()
    next(g)
    return [g.send(10), g.send(20), g.send(30)]


def first_send_not_none():
    """
    >>> first_send_not_none()
    Traceback (most recent call last):
    TypeError: can't send non-None value to a just-started generator
    """
    g = echo()
    g.send(1)


def send_after_end():
    """
    >>> send_after_end()
    'StopIteration'
    """
    def once():
        x = yield 1
    g = once()
    next(g)
    try:
        g.send('v')
    except StopIteration:
        pass
    try:
        g.send('again')
    except StopIteration:
        return 'StopIteration'


def yield_value_is_none():
    """
    >>> yield_value_is_none()
    [None, None]
    """
    seen = []
    def g():
        seen.append((yield 1))
        seen.append((yield 2))
    list(g())
    return seen
