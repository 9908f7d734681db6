# What a generator object supports as an iterator: iteration protocol methods, send/throw/close
# present, being consumed by builtins (sum, sorted, enumerate, dict), by unpacking and by `in`.
# Expected outputs recorded from Cython 3.3.0.

def squares(int n):
    cdef int i
    for i in range(n):
        yield i * i


def protocol():
    """
    >>> protocol()
    (True, True, True, True)
    """
    g = squares(2)
    return (hasattr(g, '__next__'), hasattr(g, 'send'), hasattr(g, 'throw'),
            hasattr(g, 'close'))


def builtins_consume():
    """
    >>> builtins_consume()
    (14, [9, 4, 1, 0], [(0, 0), (1, 1)], {0: 0, 1: 1})
    """
    return (sum(squares(4)), sorted(squares(4), reverse=True), list(enumerate(squares(2))),
            dict((v, v) for v in squares(2)))


def unpacking():
    """
    >>> unpacking()
    (0, 1, 4, [0, 1, 4, 9])
    """
    a, b, c = squares(3)
    first, *rest = squares(4)
    return a, b, c, [first] + rest


def unpack_wrong_count():
    """
    >>> unpack_wrong_count()
    Traceback (most recent call last):
    ValueError: too many values to unpack (expected 2)
    """
    a, b = squares(3)


def membership():
    """
    >>> membership()
    (True, False)
    """
    return 9 in squares(5), 10 in squares(5)
