# pyxc's declarations of CPython's method objects (the C API's "Instance Method Objects" and
# "Method Objects": a function bound to an object), for `from cpython.method cimport ...`.
# Written from CPython's documentation of Python.h and its cpython/classobject.h. Python 2's
# PyMethod_Class (unbound methods' class) no longer exists. The getters return borrowed pointers.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyMethod_Check(object o)
    # `func` bound to `self`, as func.__get__(self).
    object PyMethod_New(object func, object self)
    PyObject *PyMethod_Function(object meth) except NULL
    PyObject *PyMethod_Self(object meth) except NULL
    PyObject *PyMethod_GET_FUNCTION(object meth)
    PyObject *PyMethod_GET_SELF(object meth)

    bint PyInstanceMethod_Check(object o)
    object PyInstanceMethod_New(object func)
    PyObject *PyInstanceMethod_Function(object im) except NULL
    PyObject *PyInstanceMethod_GET_FUNCTION(object im)
