# pyxc's declarations of CPython's weak references (the C API's "Weak Reference Objects"), for
# `from cpython.weakref cimport ...`. Written from CPython's documentation of Python.h and its
# weakrefobject.h. PyWeakref_GetObject's result is borrowed (None once the referent is gone):
# take a reference of your own (`<object>p`) before anything that could release the referent.
# PyWeakref_GetRef, its replacement, exists from CPython 3.13 on only: not declared.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyWeakref_Check(object o)
    bint PyWeakref_CheckRef(object o)
    bint PyWeakref_CheckProxy(object o)
    # A weakref.ref (or proxy) to `ob`, `callback` (None for none) called with it when `ob` dies.
    object PyWeakref_NewRef(object ob, object callback)
    object PyWeakref_NewProxy(object ob, object callback)
    PyObject *PyWeakref_GetObject(object ref) except NULL
    PyObject *PyWeakref_GET_OBJECT(object ref)
