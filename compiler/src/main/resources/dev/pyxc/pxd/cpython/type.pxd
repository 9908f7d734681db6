# pyxc's declarations of CPython's type objects (the C API's "Type Objects" chapter), for
# `from cpython.type cimport ...`. Written from CPython's documentation of Python.h; the
# arguments that must be types are typed `type`, so another object is a TypeError.
from cpython.object cimport *

cdef extern from "Python.h":
    bint PyType_Check(object o)
    bint PyType_CheckExact(object o)
    unsigned int PyType_ClearCache()
    void PyType_Modified(type t)
    bint PyType_HasFeature(object o, int feature)
    bint PyType_IS_GC(object o)
    bint PyType_IsSubtype(type a, type b)
    object PyType_GenericAlloc(object t, Py_ssize_t nitems)
    object PyType_GenericNew(type t, object args, object kwds)
    bint PyType_Ready(type t) except -1
    object PyType_GetName(type t)
    object PyType_GetQualName(type t)
    void *PyType_GetSlot(type t, int slot) except? NULL
