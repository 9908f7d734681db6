# Cycles through extension types are collected: object fields are visited by tp_traverse and
# cleared by tp_clear (set to None, as Cython does; str fields are neither: they cannot lead back);
# a @cython.no_gc_clear instance keeps its fields, the cycle broken at its partner; __dealloc__
# runs for each. Expected outputs recorded from Cython 3.3.0.
cimport cython
import gc
import weakref

log = []


cdef class Node:
    cdef public object other
    cdef public str name
    cdef object __weakref__

    def __init__(self, name):
        self.name = name

    def __dealloc__(self):
        log.append(self.name)


@cython.no_gc_clear
cdef class Keeper:
    cdef public object other
    cdef object __weakref__


class Holder(object):
    pass


cdef class Leaf:
    cdef int value


def two_node_cycle():
    """
    >>> two_node_cycle()
    (True, ['a', 'b'])
    """
    del log[:]
    gc.collect()
    a = Node('a')
    b = Node('b')
    a.other = b
    b.other = a
    ref = weakref.ref(a)
    del a, b
    gc.collect()
    return ref() is None, sorted(log)


def self_cycle():
    """
    >>> self_cycle()
    (True, ['me'])
    """
    del log[:]
    gc.collect()
    n = Node('me')
    n.other = [n, {'again': n}]
    ref = weakref.ref(n)
    del n
    gc.collect()
    return ref() is None, log[:]


def through_python_object():
    """
    >>> through_python_object()
    (True, ['held'])
    """
    del log[:]
    gc.collect()
    h = Holder()
    n = Node('held')
    h.node = n
    n.other = h
    ref = weakref.ref(n)
    del h, n
    gc.collect()
    return ref() is None, log[:]


def keeper_cycle():
    """
    >>> keeper_cycle()
    (True, True, ['n'])
    """
    del log[:]
    gc.collect()
    k = Keeper()
    n = Node('n')
    k.other = n
    n.other = k
    kref = weakref.ref(k)
    nref = weakref.ref(n)
    del k, n
    gc.collect()
    return kref() is None, nref() is None, log[:]


def types_in_gc():
    """
    >>> types_in_gc()
    (True, False, True)
    """
    tracked = gc.is_tracked(Node('x')), gc.is_tracked(Leaf()), gc.is_tracked(Keeper())
    del log[:]
    return tracked
