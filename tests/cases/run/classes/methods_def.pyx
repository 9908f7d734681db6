# def methods of a cdef class: positional and keyword arguments, defaults, *args/**kwargs,
# keyword-only arguments, returning self for chaining, calling another method through self,
# C-typed parameters with their conversions, and the TypeError messages for wrong argument
# counts and keywords (self is not counted). Expected outputs recorded from Cython 3.3.0.

cdef class Acc:
    cdef public long total
    cdef public list history

    def __init__(self, long start=0):
        self.total = start
        self.history = []

    def add(self, n, times=1):
        self.total += n * times
        self.history.append(n)
        return self

    def add_all(self, *ns, scale=1):
        for n in ns:
            self.add(n * scale)
        return self.total

    def info(self, **kw):
        return sorted(kw.items())

    def only_kw(self, *, key, default=None):
        return key, default

    def typed(self, int i, double d, bint flag, str s):
        return i * 2, d / 2, flag, s * 2

    def nothing(self):
        return self.total

    def twice(self, n):
        self.add(n)
        return self.add(n).total


def positional_and_keyword():
    """
    >>> positional_and_keyword()
    (3, 11, 19, [3, 4, 4])
    """
    a = Acc()
    r1 = a.add(3).total
    r2 = a.add(4, 2).total
    r3 = a.add(times=2, n=4).total
    return r1, r2, r3, a.history


def chaining():
    """
    >>> chaining()
    (6, True)
    """
    a = Acc()
    b = a.add(1).add(2).add(3)
    return b.total, a is b


def varargs_and_kwonly():
    """
    >>> varargs_and_kwonly()
    (6, 18, [('a', 1), ('b', 2)], ('k', None), ('k', 5))
    """
    a = Acc()
    r = a.add_all(1, 2, 3)
    r2 = a.add_all(1, 2, 3, scale=2)
    return r, r2, a.info(b=2, a=1), a.only_kw(key='k'), a.only_kw(default=5, key='k')


def method_via_self():
    """
    >>> method_via_self()
    (15, 20)
    """
    a = Acc(5)
    return a.twice(0) + 10, a.twice(5) + 5


def typed_parameters():
    """
    >>> typed_parameters()
    (4, 1.25, True, 'abab')
    >>> Acc().typed(1.9, 1, 0, 'x')
    (2, 0.5, False, 'xx')
    >>> Acc().typed('1', 1, 0, 'x')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> Acc().typed(1, 'x', 0, 'x')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    >>> Acc().typed(1, 1, 0, b'x')
    Traceback (most recent call last):
    TypeError: Argument 's' has incorrect type (expected str, got bytes)
    >>> Acc().typed(2**31, 1, 0, 'x')
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """
    return Acc().typed(2, 2.5, [1], 'ab')


def bound_and_unbound():
    """
    >>> bound_and_unbound()
    (7, 7, True)
    """
    a = Acc(7)
    m = a.nothing
    return m(), Acc.nothing(a), m.__self__ is a


def wrong_counts():
    """
    >>> Acc().add()
    Traceback (most recent call last):
    TypeError: add() takes at least 1 positional argument (0 given)
    >>> Acc().add(1, 2, 3)
    Traceback (most recent call last):
    TypeError: add() takes at most 2 positional arguments (3 given)
    >>> Acc().nothing(1)
    Traceback (most recent call last):
    TypeError: nothing() takes exactly 0 positional arguments (1 given)
    >>> Acc().nothing(x=1)
    Traceback (most recent call last):
    TypeError: nothing() got an unexpected keyword argument 'x'
    >>> Acc().typed(1, 2.0)
    Traceback (most recent call last):
    TypeError: typed() takes exactly 4 positional arguments (2 given)
    >>> Acc().only_kw(1)
    Traceback (most recent call last):
    TypeError: only_kw() takes exactly 0 positional arguments (1 given)
    >>> Acc().only_kw()
    Traceback (most recent call last):
    TypeError: only_kw() needs keyword-only argument key
    >>> Acc().add(1, n=1)
    Traceback (most recent call last):
    TypeError: add() got multiple values for keyword argument 'n'
    >>> Acc().add(x=1)
    Traceback (most recent call last):
    TypeError: add() got an unexpected keyword argument 'x'
    >>> Acc().add(times=1)
    Traceback (most recent call last):
    TypeError: add() takes at least 1 positional argument (0 given)
    >>> Acc().info(1)
    Traceback (most recent call last):
    TypeError: info() takes exactly 0 positional arguments (1 given)
    """
