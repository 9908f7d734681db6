# @cython.collection_type("sequence") on a class whose item methods take a C integer index: a
# sequence only (its sq_item / sq_ass_item slots, no mapping slots), as Cython makes it; with an
# object index, or without the decorator, both kinds of slot. Read through PyType_GetSlot and the
# slot numbers of cpython.type.
# Expected outputs recorded from Cython 3.3.0.
cimport cython
from cpython.object cimport Py_TYPE
from cpython.type cimport PyType_GetSlot, Py_mp_subscript, Py_sq_item, Py_mp_ass_subscript, Py_sq_ass_item


def slots(obj):
    t = <type>Py_TYPE(obj)
    return tuple(PyType_GetSlot(t, s) is not NULL for s in (Py_mp_subscript, Py_sq_item, Py_mp_ass_subscript, Py_sq_ass_item))


@cython.collection_type("sequence")
cdef class IntIndexed:
    cdef list items

    def __init__(self):
        self.items = [10, 20, 30]

    def __getitem__(self, Py_ssize_t i):
        return self.items[i]

    def __setitem__(self, Py_ssize_t i, v):
        self.items[i] = v


@cython.collection_type("sequence")
cdef class ObjectIndexed:
    def __getitem__(self, i):
        return i

    def __setitem__(self, i, v):
        pass


cdef class NoCollectionType:
    def __getitem__(self, Py_ssize_t i):
        return i


def check():
    """
    >>> check()
    ((False, True, False, True), (True, True, True, True), (True, True, False, False))
    >>> s = IntIndexed()
    >>> s[1], s[-1]
    (20, 30)
    >>> s[0] = 5
    >>> list(s)
    [5, 20, 30]
    >>> s['a']
    Traceback (most recent call last):
    ...
    TypeError: sequence index must be integer, not 'str'
    """
    return slots(IntIndexed()), slots(ObjectIndexed()), slots(NoCollectionType())
