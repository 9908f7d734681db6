# pyxc's declarations of CPython's exception handling (the C API's "Exception Handling"
# chapter), for `from cpython.exc cimport ...`. Written from CPython's documentation of
# Python.h. A function that sets an exception and returns NULL is declared `except NULL` or
# as returning `object`, so that the exception propagates from the caller.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    void PyErr_Print()
    void PyErr_PrintEx(int set_sys_last_vars)
    void PyErr_WriteUnraisable(object obj)
    void PyErr_SetString(object type, const char *message)
    void PyErr_SetObject(object type, object value)
    void PyErr_SetNone(object type)
    PyObject *PyErr_Format(object exception, const char *format, ...) except NULL
    int PyErr_BadArgument() except 0
    PyObject *PyErr_NoMemory() except NULL
    PyObject *PyErr_SetFromErrno(object type) except NULL
    PyObject *PyErr_SetFromErrnoWithFilenameObject(object type, object filenameObject) except NULL
    void PyErr_BadInternalCall()
    int PyErr_WarnEx(object category, const char *message, Py_ssize_t stack_level) except -1
    PyObject *PyErr_Occurred()
    bint PyErr_ExceptionMatches(object exc)
    bint PyErr_GivenExceptionMatches(object given, object exc)
    void PyErr_Fetch(PyObject **ptype, PyObject **pvalue, PyObject **ptraceback)
    void PyErr_Restore(PyObject *type, PyObject *value, PyObject *traceback)
    void PyErr_NormalizeException(PyObject **exc, PyObject **val, PyObject **tb)
    void PyErr_Clear()
    int PyErr_CheckSignals() except -1
    void PyErr_SetInterrupt()
    object PyErr_NewException(const char *name, object base, object dict)
    object PyErr_NewExceptionWithDoc(const char *name, const char *doc, object base, object dict)
    object PyException_GetTraceback(object ex)
    object PyException_GetCause(object ex)
    object PyException_GetContext(object ex)
