# cdef methods of a cdef class: returning C types, object and void, called from def methods via
# self and through a typed local, with C-typed and default arguments, `except -1` propagating an
# exception, and their invisibility from Python (AttributeError).
# Expected outputs recorded from Cython 3.3.0.

cdef class Counter:
    cdef int n
    cdef double scale
    cdef public list seen

    def __init__(self, int n=0):
        self.n = n
        self.scale = 1.5
        self.seen = []

    cdef int get(self):
        return self.n

    cdef double scaled(self, int k):
        return self.n * self.scale * k

    cdef object as_tuple(self):
        return (self.n, self.scale)

    cdef void bump(self, int by=1):
        self.n += by

    cdef int checked_set(self, int v) except -1:
        if v < 0:
            raise ValueError('negative: %d' % v)
        self.n = v
        return 0

    cdef bint is_even(self):
        return self.n % 2 == 0

    cdef Counter copy(self):
        return Counter(self.n)

    cdef str describe(self, str prefix):
        return prefix + str(self.n)

    cdef int chain(self):
        self.bump()
        self.bump(2)
        return self.get()

    def run(self):
        self.bump()
        return self.get(), self.scaled(2), self.as_tuple(), self.is_even()

    def py_chain(self):
        return self.chain()

    def py_set(self, v):
        self.checked_set(v)
        return self.n


def via_self():
    """
    >>> via_self()
    (4, 12.0, (4, 1.5), True)
    """
    return Counter(3).run()


def via_typed_local():
    """
    >>> via_typed_local()
    (10, 11, 33.0, False, 'n=11', 11, True)
    """
    cdef Counter c = Counter(10)
    a = c.get()
    c.bump()
    cdef Counter d = c.copy()
    return a, c.get(), c.scaled(2), c.is_even(), c.describe('n='), d.get(), d is not c


def void_and_defaults():
    """
    >>> void_and_defaults()
    (1, 6, 4)
    """
    cdef Counter c = Counter()
    c.bump()
    a = c.get()
    c.bump(5)
    b = c.get()
    return a, b, Counter(1).chain()


def except_minus_one(int v):
    """
    >>> except_minus_one(5)
    5
    >>> except_minus_one(-2)
    Traceback (most recent call last):
    ValueError: negative: -2
    """
    cdef Counter c = Counter()
    c.checked_set(v)
    return c.get()


def except_through_def(v):
    """
    >>> except_through_def(7)
    7
    >>> except_through_def(-1)
    Traceback (most recent call last):
    ValueError: negative: -1
    """
    return Counter().py_set(v)


def except_caught(int v):
    """
    >>> except_caught(-3)
    ('caught', 'negative: -3', 0)
    """
    cdef Counter c = Counter()
    try:
        c.checked_set(v)
    except ValueError as e:
        return 'caught', str(e), c.get()


def cdef_in_loop(int n):
    """
    >>> cdef_in_loop(1000)
    (1000, 499500)
    """
    cdef Counter c = Counter()
    cdef long s = 0
    cdef int i
    for i in range(n):
        s += c.get()
        c.bump()
    return c.get(), s


def invisible_from_python():
    """
    >>> invisible_from_python()
    Traceback (most recent call last):
    AttributeError: 'methods_cdef.Counter' object has no attribute 'get'
    """
    cdef object c = Counter()
    return c.get()


def not_in_dir():
    """
    >>> not_in_dir()
    (False, False, True, True)
    """
    names = dir(Counter)
    return 'get' in names, 'bump' in names, 'run' in names, 'seen' in names
