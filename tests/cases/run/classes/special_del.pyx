# __del__ on cdef classes (Cython 3 fills tp_finalize with it): it runs once when the last reference
# goes, before __dealloc__, and can read C and object fields; an exception raised in it goes first
# to sys.excepthook and then to sys.unraisablehook with the object 'module.Class.__del__' (both hooks
# replaced here so that stdout shows them; a Python class's __del__ only reaches unraisablehook)
# and __dealloc__ still runs; subclasses inheriting it, overriding it with and without calling the
# base's (super().__del__() and Base.__del__(self)), a cdef subclass adding __dealloc__, Python
# subclasses; calling __del__ explicitly; cycles collected by gc.collect() (every __del__ before
# any __dealloc__); resurrection (a GC-tracked object is finalized once, an object without object
# fields, so not GC-tracked, runs __del__ again when it dies the second time); a Python class with
# __del__ for comparison.
# Expected outputs recorded from Cython 3.3.0.

import gc


cdef class Rec:
    cdef int x
    cdef list items

    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1]

    def __del__(self):
        print('del', self.x, self.items)

    def __dealloc__(self):
        print('dealloc', self.x, self.items)


def order():
    """
    >>> r = Rec(1)
    >>> del r
    del 1 [1, 2]
    dealloc 1 [1, 2]
    >>> r = Rec(2)
    >>> r2 = r
    >>> del r
    >>> del r2
    del 2 [2, 3]
    dealloc 2 [2, 3]
    >>> Rec(3) and None
    del 3 [3, 4]
    dealloc 3 [3, 4]
    """


def explicit_call():
    """
    >>> r = Rec(4)
    >>> r.__del__()
    del 4 [4, 5]
    >>> type(Rec.__dict__['__del__']).__name__
    'wrapper_descriptor'
    >>> del r
    del 4 [4, 5]
    dealloc 4 [4, 5]
    """


cdef class Bad:
    def __del__(self):
        print('Bad.del')
        raise ValueError('boom')

    def __dealloc__(self):
        print('Bad.dealloc')


class PyBad:
    def __del__(self):
        print('PyBad.del')
        raise ValueError('py boom')


def show_unraisable(u):
    print('unraisable:', repr(u.exc_value), getattr(u.object, '__qualname__', u.object))


def show_excepthook(t, v, tb):
    print('excepthook:', repr(v))


def exception_in_del():
    """
    >>> import sys
    >>> saved_hooks = sys.unraisablehook, sys.excepthook
    >>> sys.unraisablehook, sys.excepthook = show_unraisable, show_excepthook
    >>> b = Bad()
    >>> del b
    Bad.del
    excepthook: ValueError('boom')
    unraisable: ValueError('boom') special_del.Bad.__del__
    Bad.dealloc
    >>> b = PyBad()
    >>> del b
    PyBad.del
    unraisable: ValueError('py boom') PyBad.__del__
    >>> sys.unraisablehook, sys.excepthook = saved_hooks
    """


cdef class Base:
    def __del__(self):
        print('Base.del')

    def __dealloc__(self):
        print('Base.dealloc')


cdef class Inherits(Base):
    pass


cdef class CallsSuper(Base):
    def __del__(self):
        print('CallsSuper.del')
        super().__del__()


cdef class CallsBase(Base):
    def __del__(self):
        print('CallsBase.del')
        Base.__del__(self)


cdef class Overrides(Base):
    def __del__(self):
        print('Overrides.del')


cdef class AddsDealloc(Base):
    def __dealloc__(self):
        print('AddsDealloc.dealloc')


def subclasses():
    """
    >>> o = Inherits(); del o
    Base.del
    Base.dealloc
    >>> o = CallsSuper(); del o
    CallsSuper.del
    Base.del
    Base.dealloc
    >>> o = CallsBase(); del o
    CallsBase.del
    Base.del
    Base.dealloc
    >>> o = Overrides(); del o
    Overrides.del
    Base.dealloc
    >>> o = AddsDealloc(); del o
    Base.del
    AddsDealloc.dealloc
    Base.dealloc
    """


class PySub(Base):
    def __del__(self):
        print('PySub.del')
        super().__del__()


class PySubPlain(Base):
    pass


def python_subclasses():
    """
    >>> o = PySub(); del o
    PySub.del
    Base.del
    Base.dealloc
    >>> o = PySubPlain(); del o
    Base.del
    Base.dealloc
    """


events = []


cdef class Node:
    cdef public object other
    cdef int ident

    def __init__(self, ident):
        self.ident = ident

    def __del__(self):
        events.append(('del', self.ident))

    def __dealloc__(self):
        events.append(('dealloc', self.ident))


def cycles():
    """
    >>> del events[:]
    >>> a = Node(1); b = Node(2)
    >>> a.other = b; b.other = a
    >>> del a, b
    >>> events
    []
    >>> _ = gc.collect()
    >>> sorted(events[:2]), sorted(events[2:])
    ([('del', 1), ('del', 2)], [('dealloc', 1), ('dealloc', 2)])
    >>> del events[:]
    >>> a = Node(3); a.other = a
    >>> del a
    >>> _ = gc.collect()
    >>> events
    [('del', 3), ('dealloc', 3)]
    """


saved = []


cdef class Phoenix:
    cdef public object payload
    cdef public int deaths

    def __del__(self):
        self.deaths += 1
        print('Phoenix.del', self.deaths)
        if self.deaths == 1:
            saved.append(self)

    def __dealloc__(self):
        print('Phoenix.dealloc', self.deaths)


cdef class PlainPhoenix:
    cdef public int deaths

    def __del__(self):
        self.deaths += 1
        print('PlainPhoenix.del', self.deaths)
        if self.deaths == 1:
            saved.append(self)

    def __dealloc__(self):
        print('PlainPhoenix.dealloc', self.deaths)


class PyPhoenix:
    deaths = 0

    def __del__(self):
        self.deaths += 1
        print('PyPhoenix.del', self.deaths)
        if self.deaths == 1:
            saved.append(self)


def resurrection():
    """
    >>> p = Phoenix(); del p
    Phoenix.del 1
    >>> p = saved.pop(); p.deaths
    1
    >>> del p
    Phoenix.dealloc 1
    >>> p = PlainPhoenix(); del p
    PlainPhoenix.del 1
    >>> p = saved.pop(); p.deaths
    1
    >>> del p
    PlainPhoenix.del 2
    PlainPhoenix.dealloc 2
    >>> p = PyPhoenix(); del p
    PyPhoenix.del 1
    >>> p = saved.pop(); p.deaths
    1
    >>> del p
    >>> saved
    []
    """


class PyDel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('PyDel.del', self.name)


def python_class():
    """
    >>> p = PyDel('a'); del p
    PyDel.del a
    >>> p = PyDel('b'); p.__del__()
    PyDel.del b
    >>> del p
    PyDel.del b
    >>> a = PyDel('c'); a.me = a
    >>> del a
    >>> _ = gc.collect()
    PyDel.del c
    """
