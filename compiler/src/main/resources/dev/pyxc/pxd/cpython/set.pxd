# pyxc's declarations of CPython's set and frozenset objects, for `from cpython.set cimport ...`.
# Written from CPython's documentation of Python.h.
cdef extern from "Python.h":
    bint PyAnySet_Check(object p)
    bint PyAnySet_CheckExact(object p)
    bint PyFrozenSet_Check(object p)
    bint PyFrozenSet_CheckExact(object p)
    bint PySet_Check(object p)
    object PySet_New(object iterable)
    object PyFrozenSet_New(object iterable)
    Py_ssize_t PySet_Size(object anyset) except -1
    Py_ssize_t PySet_GET_SIZE(object anyset)
    int PySet_Contains(object anyset, object key) except -1
    int PySet_Add(object set, object key) except -1
    int PySet_Discard(object set, object key) except -1
    object PySet_Pop(object set)
    int PySet_Clear(object set) except -1
