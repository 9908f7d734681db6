# pyxc's declarations of CPython's argument parsing (the C API's "Parsing arguments and
# building values"), for `from cpython.getargs cimport ...`. Written from CPython's
# documentation of Python.h and its modsupport.h (where PY_SSIZE_T_CLEAN is the only mode since
# CPython 3.10: `#` formats take Py_ssize_t lengths). They return false with an exception set
# when the arguments do not match the format. The va_list forms (PyArg_VaParse,
# PyArg_VaParseTupleAndKeywords) are not declared.
cdef extern from "Python.h":
    int PyArg_ParseTuple(object args, const char *format, ...) except 0
    int PyArg_ParseTupleAndKeywords(object args, object kw, const char *format, char **keywords, ...) except 0
    int PyArg_Parse(object args, const char *format, ...) except 0
    int PyArg_UnpackTuple(object args, const char *name, Py_ssize_t min, Py_ssize_t max, ...) except 0
    int PyArg_ValidateKeywordArguments(object kw) except 0
