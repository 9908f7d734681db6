# cdef class fields of Python object types (object, list, dict, str, tuple): None until set,
# assignment, replacing a value (the old one released), a field holding the instance itself or
# another instance, and the type check on assigning to a builtin-typed field.
# Expected outputs recorded from Cython 3.3.0.
import sys

cdef class Box:
    cdef object o
    cdef list l
    cdef dict d
    cdef str s
    cdef tuple t

    def fields(self):
        return self.o, self.l, self.d, self.s, self.t

    def set_all(self, o, l, d, s, t):
        self.o = o
        self.l = l
        self.d = d
        self.s = s
        self.t = t


def defaults_are_none():
    """
    >>> defaults_are_none()
    (None, None, None, None, None)
    """
    cdef Box b = Box()
    return b.fields()


def assign_and_read():
    """
    >>> assign_and_read()
    (1.5, [1, 2, 3], {'k': 'v'}, 'abc', (4, 5), 3, 'v', 'ABC')
    """
    cdef Box b = Box()
    b.set_all(1.5, [1, 2], {'k': 'v'}, 'abc', (4, 5))
    b.l.append(3)
    return b.fields() + (len(b.l), b.d['k'], b.s.upper())


def replace_releases_old():
    """
    >>> replace_releases_old()
    (True, True, 'second')
    """
    cdef Box b = Box()
    first = object()
    before = sys.getrefcount(first)
    b.o = first
    held = sys.getrefcount(first) == before + 1
    b.o = 'second'
    released = sys.getrefcount(first) == before
    return held, released, b.o


def set_back_to_none():
    """
    >>> set_back_to_none()
    ([1], None, None)
    """
    cdef Box b = Box()
    b.l = [1]
    old = b.l
    b.l = None
    b.o = None
    return old, b.l, b.o


def holds_itself():
    """
    >>> holds_itself()
    (True, True, 'Box')
    """
    cdef Box b = Box()
    b.o = b
    same = b.o is b
    b.t = (b, 1)
    r = (same, b.t[0] is b, type(b.o).__name__)
    b.o = None
    b.t = None
    return r


def holds_other():
    """
    >>> holds_other()
    ('inner', True)
    """
    cdef Box outer = Box()
    cdef Box inner = Box()
    inner.s = 'inner'
    outer.o = inner
    del inner
    cdef Box back = outer.o
    return back.s, back is outer.o


def builtin_field_checks(x):
    """
    >>> builtin_field_checks([1])
    [1]
    >>> builtin_field_checks(None)
    >>> builtin_field_checks((1,))
    Traceback (most recent call last):
    TypeError: Expected list, got tuple
    >>> builtin_field_checks('x')
    Traceback (most recent call last):
    TypeError: Expected list, got str
    """
    cdef Box b = Box()
    b.l = x
    return b.l


def str_and_dict_checks(s, d):
    """
    >>> str_and_dict_checks('a', {})
    ('a', {})
    >>> str_and_dict_checks(b'a', {})
    Traceback (most recent call last):
    TypeError: Expected str, got bytes
    >>> str_and_dict_checks('a', [])
    Traceback (most recent call last):
    TypeError: Expected dict, got list
    """
    cdef Box b = Box()
    b.set_all(None, None, None, None, None)
    b.s = s
    b.d = d
    return b.s, b.d


def set_all_checks():
    """
    >>> set_all_checks()
    Traceback (most recent call last):
    TypeError: Expected tuple, got list
    """
    cdef Box b = Box()
    b.set_all(0, [], {}, '', [])
