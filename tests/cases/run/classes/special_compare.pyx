# Comparison special methods of cdef classes: __eq__/__lt__ etc. each defined separately (with
# Python's fallbacks: reflected operands, != from ==, NotImplemented), and the older
# __richcmp__(self, other, int op) form. Expected outputs recorded from Cython 3.3.0.

cdef class Version:
    cdef int major, minor

    def __init__(self, int major, int minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, Version other):
        return self.key() < other.key()

    def __le__(self, Version other):
        return self.key() <= other.key()

    def __hash__(self):
        return hash(self.key())


cdef class Rich:
    cdef int v

    def __init__(self, int v):
        self.v = v

    def __richcmp__(self, other, int op):
        cdef int o = (<Rich>other).v if isinstance(other, Rich) else other
        if op == 0:
            return self.v < o
        if op == 1:
            return self.v <= o
        if op == 2:
            return self.v == o
        if op == 3:
            return self.v != o
        if op == 4:
            return self.v > o
        return ('ge', self.v >= o)


cdef class Plain:
    pass


def eq_and_ne():
    """
    >>> eq_and_ne()
    (True, False, False, True, False)
    """
    a = Version(1, 2)
    return a == Version(1, 2), a == Version(1, 3), a != Version(1, 2), a != Version(2, 0), a == 'x'


def ordering():
    """
    >>> ordering()
    (True, True, False, True, True)
    """
    a = Version(1, 2)
    b = Version(1, 10)
    # > and >= use the reflected __lt__/__le__ of the right operand
    return a < b, a <= a, a > b, b > a, b >= a


def sorting():
    """
    >>> sorting()
    [(0, 9), (1, 0), (1, 2), (2, 1)]
    """
    vs = [Version(1, 2), Version(2, 1), Version(0, 9), Version(1, 0)]
    out = []
    for v in sorted(vs):
        out.append(v.key())
    return out


def wrong_operand_type():
    """
    >>> Version(1, 0) < 3
    Traceback (most recent call last):
    TypeError: Argument 'other' has incorrect type (expected special_compare.Version, got int)
    >>> Version(1, 0) == 3
    False
    >>> Plain() < Plain()
    Traceback (most recent call last):
    TypeError: '<' not supported between instances of 'special_compare.Plain' and 'special_compare.Plain'
    """


def identity_default():
    """
    >>> identity_default()
    (True, False, False, True)
    """
    p = Plain()
    return p == p, p == Plain(), p != p, p != Plain()


def richcmp_ops():
    """
    >>> richcmp_ops()
    (True, True, False, True, False, ('ge', True))
    """
    r = Rich(3)
    return r < 4, r <= 3, r == 4, r != 4, r > 3, r >= Rich(2)


def richcmp_reflected():
    """
    >>> richcmp_reflected()
    (True, False, ('ge', True))
    """
    r = Rich(3)
    # int's comparison returns NotImplemented: 5 > r is r < 5, 2 == r is r == 2, 3 <= r is r >= 3
    return 5 > r, 2 == r, 3 <= r


def typed_compare():
    """
    >>> typed_compare()
    (True, False)
    """
    cdef Version a = Version(3, 0)
    cdef Version b = Version(3, 0)
    return a == b, a is b
