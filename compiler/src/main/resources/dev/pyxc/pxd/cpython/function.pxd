# pyxc's declarations of CPython's function objects (the C API's "Function Objects": functions
# defined with `def` in Python code), for `from cpython.function cimport ...`. Written from
# CPython's documentation of Python.h and its cpython/funcobject.h. The getters return borrowed
# pointers; those of optional attributes (defaults, closure, ...) NULL when there are none.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyFunction_Check(object o)
    object PyFunction_New(object code, object globals)
    object PyFunction_NewWithQualName(object code, object globals, object qualname)
    PyObject *PyFunction_GetCode(object op) except NULL
    PyObject *PyFunction_GetGlobals(object op) except NULL
    PyObject *PyFunction_GetModule(object op)
    PyObject *PyFunction_GetDefaults(object op)
    int PyFunction_SetDefaults(object op, object defaults) except -1
    PyObject *PyFunction_GetKwDefaults(object op)
    int PyFunction_SetKwDefaults(object op, object defaults) except -1
    PyObject *PyFunction_GetClosure(object op)
    int PyFunction_SetClosure(object op, object closure) except -1
    PyObject *PyFunction_GetAnnotations(object op)
    int PyFunction_SetAnnotations(object op, object annotations) except -1

    object PyClassMethod_New(object callable)
    object PyStaticMethod_New(object callable)
