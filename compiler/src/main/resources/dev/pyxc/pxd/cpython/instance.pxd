# pyxc's cpython.instance, for `cimport cpython.instance`: Python 2's old-style class instances
# (PyInstance_Check, PyInstance_New, PyInstance_NewRaw), which Python 3 no longer has, and so
# none of CPython 3's headers declare. Every class is a type in Python 3: use
# cpython.object's PyObject_IsInstance, PyObject_Call or cpython.type's PyType_GenericNew.
cdef extern from "Python.h":
    pass
