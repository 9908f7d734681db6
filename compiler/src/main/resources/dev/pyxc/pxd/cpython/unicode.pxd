# pyxc's declarations of CPython's str objects (the C API's "Unicode Objects" and their
# Py_UCS4 character functions), for `from cpython.unicode cimport ...`. Written from CPython's
# documentation of Python.h.
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
    str PyUnicode_FromOrdinal(int ordinal)
    Py_UCS4 PyUnicode_READ_CHAR(object unicode, Py_ssize_t index)
    Py_UCS4 PyUnicode_ReadChar(object unicode, Py_ssize_t index) except? -1
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    bint Py_UNICODE_ISLOWER(Py_UCS4 ch)
    bint Py_UNICODE_ISUPPER(Py_UCS4 ch)
    bint Py_UNICODE_ISTITLE(Py_UCS4 ch)
    bint Py_UNICODE_ISLINEBREAK(Py_UCS4 ch)
    bint Py_UNICODE_ISDECIMAL(Py_UCS4 ch)
    bint Py_UNICODE_ISDIGIT(Py_UCS4 ch)
    bint Py_UNICODE_ISNUMERIC(Py_UCS4 ch)
    bint Py_UNICODE_ISALPHA(Py_UCS4 ch)
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISPRINTABLE(Py_UCS4 ch)
    Py_UCS4 Py_UNICODE_TOLOWER(Py_UCS4 ch)
    Py_UCS4 Py_UNICODE_TOUPPER(Py_UCS4 ch)
    Py_UCS4 Py_UNICODE_TOTITLE(Py_UCS4 ch)
    int Py_UNICODE_TODECIMAL(Py_UCS4 ch)
    int Py_UNICODE_TODIGIT(Py_UCS4 ch)
    double Py_UNICODE_TONUMERIC(Py_UCS4 ch)
