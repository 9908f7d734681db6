# pyxc's declarations of CPython's bytearray objects (the C API's "Byte Array Objects"), for
# `from cpython.bytearray cimport ...`. Written from CPython's documentation of Python.h and
# its bytearrayobject.h. The upper-case macros do no checking: their argument must be a
# bytearray.
cdef extern from "Python.h":
    bint PyByteArray_Check(object o)
    bint PyByteArray_CheckExact(object o)
    bytearray PyByteArray_FromObject(object o)
    bytearray PyByteArray_FromStringAndSize(const char *string, Py_ssize_t len)
    bytearray PyByteArray_Concat(object a, object b)
    Py_ssize_t PyByteArray_Size(object bytearray) except -1
    char *PyByteArray_AsString(object bytearray) except NULL
    int PyByteArray_Resize(object bytearray, Py_ssize_t len) except -1
    char *PyByteArray_AS_STRING(object bytearray)
    Py_ssize_t PyByteArray_GET_SIZE(object bytearray)
