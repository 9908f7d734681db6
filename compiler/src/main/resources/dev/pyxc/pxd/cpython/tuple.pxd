# pyxc's declarations of CPython's tuple objects, for `from cpython.tuple cimport ...`. Written
# from CPython's documentation of Python.h. PyTuple_GetItem and PyTuple_GET_ITEM give borrowed
# pointers; PyTuple_SetItem and PyTuple_SET_ITEM steal the item's reference (Py_INCREF first).
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyTuple_Check(object p)
    bint PyTuple_CheckExact(object p)
    tuple PyTuple_New(Py_ssize_t len)
    tuple PyTuple_Pack(Py_ssize_t n, ...)
    Py_ssize_t PyTuple_Size(object p) except -1
    Py_ssize_t PyTuple_GET_SIZE(object p)
    PyObject *PyTuple_GetItem(object p, Py_ssize_t pos) except NULL
    PyObject *PyTuple_GET_ITEM(object p, Py_ssize_t pos)
    tuple PyTuple_GetSlice(object p, Py_ssize_t low, Py_ssize_t high)
    int PyTuple_SetItem(object p, Py_ssize_t pos, object o) except -1
    void PyTuple_SET_ITEM(object p, Py_ssize_t pos, object o)
