# pyxc's declarations of CPython's list objects, for `from cpython.list cimport ...`. Written
# from CPython's documentation of Python.h. PyList_GetItem and PyList_GET_ITEM give borrowed
# pointers (`<object>` makes a reference of one); PyList_SetItem and PyList_SET_ITEM steal the
# item's reference, which the caller must have taken (Py_INCREF).
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyList_Check(object p)
    bint PyList_CheckExact(object p)
    list PyList_New(Py_ssize_t len)
    Py_ssize_t PyList_Size(object list) except -1
    Py_ssize_t PyList_GET_SIZE(object list)
    PyObject *PyList_GetItem(object list, Py_ssize_t index) except NULL
    PyObject *PyList_GET_ITEM(object list, Py_ssize_t i)
    int PyList_SetItem(object list, Py_ssize_t index, object item) except -1
    void PyList_SET_ITEM(object list, Py_ssize_t i, object o)
    int PyList_Insert(object list, Py_ssize_t index, object item) except -1
    int PyList_Append(object list, object item) except -1
    list PyList_GetSlice(object list, Py_ssize_t low, Py_ssize_t high)
    int PyList_SetSlice(object list, Py_ssize_t low, Py_ssize_t high, object itemlist) except -1
    int PyList_Sort(object list) except -1
    int PyList_Reverse(object list) except -1
    tuple PyList_AsTuple(object list)
