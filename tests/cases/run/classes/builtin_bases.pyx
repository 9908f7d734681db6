# Extension types extending builtin types: the builtin's instance struct first, its slots
# inherited (len, iteration, item access, arithmetic, hashing), attributes and methods added,
# __init__ and the base's constructor, GC of a list subclass holding itself, an exception type
# raised and caught. Expected outputs recorded from Cython 3.3.0.
import gc
import weakref


cdef class Stack(list):
    cdef public int pushes
    cdef object __weakref__

    def push(self, item):
        self.pushes += 1
        self.append(item)
        return self

    def peek(self):
        return self[-1]


cdef class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1


cdef class Meters(float):
    def describe(self):
        return '%.1f m' % self


cdef class Big(int):
    def double(self):
        return self * 2


cdef class Problem(Exception):
    cdef public int code

    def __init__(self, msg, int code):
        Exception.__init__(self, msg)
        self.code = code


def stack():
    """
    >>> stack()
    ([1, 2, 3], 3, 3, 3, True, True)
    """
    s = Stack([1])
    s.push(2).push(3)
    return list(s), len(s), s.peek(), s.pushes + 1, isinstance(s, list), s == [1, 2, 3]


def counter():
    """
    >>> counter()
    ([('a', 2), ('b', 1)], 2)
    """
    c = Counter()
    for k in 'aba':
        c.add(k)
    return sorted(c.items()), len(c)


def numbers():
    """
    >>> numbers()
    ('2.5 m', 5.0, 14, 7, True)
    """
    m = Meters(2.5)
    b = Big(7)
    return m.describe(), m * 2, b.double(), int(b), hash(b) == hash(7)


def problem():
    """
    >>> problem()
    ('bad value', 3, True)
    >>> raise Problem('boom', 1)
    Traceback (most recent call last):
    builtin_bases.Problem: boom
    """
    try:
        raise Problem('bad value', 3)
    except Exception as e:
        return str(e), e.code, isinstance(e, Exception)


def stack_cycle():
    """
    >>> stack_cycle()
    True
    """
    gc.collect()
    s = Stack()
    s.push(s)
    r = weakref.ref(s)
    del s
    gc.collect()
    return r() is None
