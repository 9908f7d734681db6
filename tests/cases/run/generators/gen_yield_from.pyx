# yield from a list, a range, a string, another generator (values, send and throw pass
# through), an empty iterable, and chained delegation.
# Expected outputs recorded from Cython 3.3.0.

def from_iterables():
    yield from [1, 2]
    yield from range(3, 5)
    yield from 'ab'
    yield from ()


def inner():
    x = yield 'first'
    yield 'inner got %s' % x


def outer():
    yield from inner()
    yield 'outer done'


def iterables():
    """
    >>> iterables()
    [1, 2, 3, 4, 'a', 'b']
    """
    return list(from_iterables())


def send_through():
    """
    >>> send_through()
    ('first', 'inner got hello', 'outer done')
    """
    g = outer()
    return next(g), g.send('hello'), next(g)


def catcher():
    try:
        yield 1
    except ValueError:
        yield 'inner caught'


def delegator():
    yield from catcher()


def throw_through():
    """
    >>> throw_through()
    (1, 'inner caught')
    """
    g = delegator()
    return next(g), g.throw(ValueError())


def chain(*iterables):
    for it in iterables:
        yield from it


def chained():
    """
    >>> chained()
    [1, 2, 'x', 0, 1]
    """
    return list(chain([1, 2], 'x', range(2)))


def not_iterable():
    """
    >>> list(not_iterable())
    Traceback (most recent call last):
    TypeError: 'int' object is not iterable
    """
    cdef object x = 5
    yield from x
