# pyxc's declarations of CPython's str objects (the C API's "Unicode Objects", what a pyxc
# module without Py_UCS4 can use), for `from cpython.unicode cimport ...`. Written from
# CPython's documentation of Python.h.
cdef extern from "Python.h":
    bint PyUnicode_Check(object o)
    bint PyUnicode_CheckExact(object o)
    Py_ssize_t PyUnicode_GetLength(object unicode) except -1
    Py_ssize_t PyUnicode_GET_LENGTH(object unicode)
    bint PyUnicode_IS_ASCII(object unicode)
    str PyUnicode_FromString(const char *u)
    str PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size)
    str PyUnicode_FromFormat(const char *format, ...)
    str PyUnicode_FromEncodedObject(object obj, const char *encoding, const char *errors)
    str PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors)
    str PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
    str PyUnicode_DecodeASCII(const char *s, Py_ssize_t size, const char *errors)
    str PyUnicode_DecodeLatin1(const char *s, Py_ssize_t size, const char *errors)
    bytes PyUnicode_AsEncodedString(object unicode, const char *encoding, const char *errors)
    bytes PyUnicode_AsUTF8String(object unicode)
    bytes PyUnicode_AsASCIIString(object unicode)
    bytes PyUnicode_AsLatin1String(object unicode)
    const char *PyUnicode_AsUTF8(object unicode) except NULL
    const char *PyUnicode_AsUTF8AndSize(object unicode, Py_ssize_t *size) except NULL
    str PyUnicode_Concat(object left, object right)
    list PyUnicode_Split(object s, object sep, Py_ssize_t maxsplit)
    str PyUnicode_Join(object separator, object seq)
    Py_ssize_t PyUnicode_Find(object str, object substr, Py_ssize_t start, Py_ssize_t end, int direction) except -2
    Py_ssize_t PyUnicode_Count(object str, object substr, Py_ssize_t start, Py_ssize_t end) except -1
    str PyUnicode_Replace(object str, object substr, object replstr, Py_ssize_t maxcount)
    int PyUnicode_Compare(object left, object right) except? -1
    int PyUnicode_CompareWithASCIIString(object uni, const char *string)
    int PyUnicode_Contains(object container, object element) except -1
    str PyUnicode_InternFromString(const char *v)
    str PyUnicode_Substring(object str, Py_ssize_t start, Py_ssize_t end)
