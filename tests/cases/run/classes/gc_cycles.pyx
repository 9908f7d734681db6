# Reference cycles through object fields of cdef classes are found by the cyclic garbage
# collector: two instances referencing each other (and an instance referencing itself) are
# freed by gc.collect() after the last outside reference goes, with __dealloc__ running and a
# weak reference cleared; gc.get_referents sees the object fields.
# Expected outputs recorded from Cython 3.3.0.
import gc
import weakref

freed = []


cdef class Node:
    cdef object other
    cdef str name
    cdef object __weakref__

    def __init__(self, name):
        self.name = name

    def link(self, other):
        self.other = other

    def __dealloc__(self):
        freed.append(self.name)


def pair_cycle():
    """
    >>> pair_cycle()
    ([], ['a', 'b'], True)
    """
    del freed[:]
    gc.collect()
    a = Node('a')
    b = Node('b')
    a.link(b)
    b.link(a)
    w = weakref.ref(a)
    del a, b
    before = list(freed)
    gc.collect()
    return before, sorted(freed), w() is None


def self_cycle():
    """
    >>> self_cycle()
    ([], ['self'])
    """
    del freed[:]
    gc.collect()
    n = Node('self')
    n.link([n])
    del n
    before = list(freed)
    gc.collect()
    return before, list(freed)


def no_cycle_needs_no_collect():
    """
    >>> no_cycle_needs_no_collect()
    ['x']
    """
    del freed[:]
    n = Node('x')
    n.link(Node.__name__)
    del n
    return list(freed)


def referents():
    """
    >>> referents()
    (True, True)
    """
    del freed[:]
    a = Node('a')
    payload = ['payload']
    a.link(payload)
    refs = gc.get_referents(a)
    r = any(x is payload for x in refs), gc.is_tracked(a)
    a.link(None)
    return r


def weakref_to_instance():
    """
    >>> weakref_to_instance()
    ('w', True)
    """
    del freed[:]
    n = Node('w')
    w = weakref.ref(n)
    cdef Node strong = w()
    name = strong.name
    strong = None
    del n
    return name, w() is None
