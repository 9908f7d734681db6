# __repr__, __str__, __hash__, __bool__ and __call__ of cdef classes, and the defaults when they
# are missing (identity hash, always true, not callable); __eq__ without __hash__ makes the type
# unhashable. (No '*' parameter, f-string or set literal here: those wait in pending.)
# Expected outputs recorded from Cython 3.3.0.

cdef class Money:
    cdef long cents
    cdef str cur

    def __init__(self, long cents, str cur='EUR'):
        self.cents = cents
        self.cur = cur

    def __repr__(self):
        return 'Money(%d, %r)' % (self.cents, self.cur)

    def __str__(self):
        return '%d.%02d %s' % (self.cents // 100, self.cents % 100, self.cur)

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __bool__(self):
        return self.cents != 0


cdef class ReprOnly:
    def __repr__(self):
        return '<ReprOnly>'


cdef class Adder:
    cdef int base

    def __init__(self, int base):
        self.base = base

    def __call__(self, int x, y=0, scale=1):
        return (self.base + x + y) * scale


cdef class EqNoHash:
    def __eq__(self, other):
        return True


cdef class Plain:
    pass


cdef class BadHash:
    cdef object h

    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


cdef class MinusOneHash:
    def __hash__(self):
        return -1


def repr_and_str():
    """
    >>> repr_and_str()
    ("Money(1234, 'EUR')", '12.34 EUR', '12.34 EUR', "[Money(5, 'USD')]", '0.05 USD')
    """
    m = Money(1234)
    return repr(m), str(m), '%s' % m, repr([Money(5, 'USD')]), format(Money(5, 'USD'))


def str_falls_back_to_repr():
    """
    >>> str_falls_back_to_repr()
    ('<ReprOnly>', '<ReprOnly>')
    """
    return str(ReprOnly()), format(ReprOnly())


def hashing():
    """
    >>> hashing()
    (True, 1, 1, True)
    """
    a = Money(100)
    b = Money(100)
    p = Plain()
    return hash(a) == hash((100, 'EUR')), len(set([hash(a), hash(b)])), len({p: 1, p: 2}), hash(p) == hash(p)


def hash_results():
    """
    >>> hash(MinusOneHash())
    -2
    >>> hash(BadHash(7))
    7
    >>> hash(BadHash('x'))
    Traceback (most recent call last):
    TypeError: 'str' object cannot be interpreted as an integer
    >>> hash(EqNoHash())
    Traceback (most recent call last):
    TypeError: unhashable type: 'special_repr_hash_bool_call.EqNoHash'
    """


def truth():
    """
    >>> truth()
    (True, False, 'zero', True)
    """
    return bool(Money(1)), bool(Money(0)), ('nonzero' if Money(0) else 'zero'), bool(Plain())


def truth_typed():
    """
    >>> truth_typed()
    (False, True)
    """
    cdef Money m = Money(0)
    cdef Money n = Money(-3)
    return not not m, not not n


def calls():
    """
    >>> calls()
    (15, 21, 36, True)
    """
    add = Adder(10)
    return add(5), add(5, 6), add(8, scale=2), callable(add)


def call_errors():
    """
    >>> Adder(1)()
    Traceback (most recent call last):
    TypeError: __call__() takes at least 1 positional argument (0 given)
    >>> Adder(1)('x')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> Plain()()
    Traceback (most recent call last):
    TypeError: 'special_repr_hash_bool_call.Plain' object is not callable
    >>> callable(Plain())
    False
    """


def default_repr():
    """
    >>> default_repr()
    (True, True)
    """
    r = repr(Plain())
    return r.startswith('<special_repr_hash_bool_call.Plain object at 0x'), str(Plain()).endswith('>')
