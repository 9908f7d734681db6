# pyxc's declarations of CPython's dict objects, for `from cpython.dict cimport ...`. Written
# from CPython's documentation of Python.h. PyDict_GetItem* give borrowed pointers, NULL for a
# missing key (without an exception, except PyDict_GetItemWithError's errors).
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyDict_Check(object p)
    bint PyDict_CheckExact(object p)
    dict PyDict_New()
    object PyDictProxy_New(object mapping)
    void PyDict_Clear(object p)
    int PyDict_Contains(object p, object key) except -1
    dict PyDict_Copy(object p)
    int PyDict_SetItem(object p, object key, object val) except -1
    int PyDict_SetItemString(object p, const char *key, object val) except -1
    int PyDict_DelItem(object p, object key) except -1
    int PyDict_DelItemString(object p, const char *key) except -1
    PyObject *PyDict_GetItem(object p, object key)
    PyObject *PyDict_GetItemWithError(object p, object key) except? NULL
    PyObject *PyDict_GetItemString(object p, const char *key)
    PyObject *PyDict_SetDefault(object p, object key, object defaultobj) except NULL
    list PyDict_Items(object p)
    list PyDict_Keys(object p)
    list PyDict_Values(object p)
    Py_ssize_t PyDict_Size(object p) except -1
    int PyDict_Next(object p, Py_ssize_t *ppos, PyObject **pkey, PyObject **pvalue)
    int PyDict_Merge(object a, object b, int override) except -1
    int PyDict_Update(object a, object b) except -1
    int PyDict_MergeFromSeq2(object a, object seq2, int override) except -1
