# pyxc's declarations of CPython's bytes objects, for `from cpython.bytes cimport ...`. Written
# from CPython's documentation of Python.h.
cdef extern from "Python.h":
    bint PyBytes_Check(object o)
    bint PyBytes_CheckExact(object o)
    bytes PyBytes_FromString(const char *v)
    bytes PyBytes_FromStringAndSize(const char *v, Py_ssize_t len)
    bytes PyBytes_FromObject(object o)
    Py_ssize_t PyBytes_Size(object o) except -1
    Py_ssize_t PyBytes_GET_SIZE(object o)
    char *PyBytes_AsString(object o) except NULL
    char *PyBytes_AS_STRING(object string)
    int PyBytes_AsStringAndSize(object obj, char **buffer, Py_ssize_t *length) except -1
