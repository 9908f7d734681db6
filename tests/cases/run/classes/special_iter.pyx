# Iteration special methods of cdef classes: __iter__ returning a separate iterator object or
# self, __next__ raising StopIteration, use from for loops, list(), zip() and next(), and the
# error for an object that is not iterable. (A generator __iter__ waits in pending.)
# Expected outputs recorded from Cython 3.3.0.

cdef class Countdown:
    cdef int start

    def __init__(self, int start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


cdef class CountdownIter:
    cdef int cur

    def __init__(self, int cur):
        self.cur = cur

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1


cdef class Plain:
    pass


def for_loop():
    """
    >>> for_loop()
    [3, 2, 1]
    """
    out = []
    for x in Countdown(3):
        out.append(x)
    return out


def reiterable():
    """
    >>> reiterable()
    ([2, 1], [2, 1], [])
    """
    c = Countdown(2)
    it = iter(c)
    return list(c), list(it), list(it)


def next_builtin():
    """
    >>> next_builtin()
    (2, 1, 'done')
    """
    it = CountdownIter(2)
    return next(it), next(it), next(it, 'done')


def next_raises():
    """
    >>> next_raises()
    Traceback (most recent call last):
    StopIteration
    """
    next(CountdownIter(0))


def iter_is_self():
    """
    >>> iter_is_self()
    True
    """
    it = CountdownIter(1)
    return iter(it) is it


def membership():
    """
    >>> membership()
    (True, False, [(2, 2), (1, 1)])
    """
    return 3 in Countdown(4), 0 in Countdown(4), list(zip(Countdown(2), CountdownIter(2)))


def not_iterable():
    """
    >>> not_iterable()
    Traceback (most recent call last):
    TypeError: 'special_iter.Plain' object is not iterable
    """
    for x in Plain():
        pass


def typed_iterator():
    """
    >>> typed_iterator()
    [5, 4, 3, 2, 1]
    """
    cdef CountdownIter it = CountdownIter(5)
    out = []
    for x in it:
        out.append(x)
    return out
