# pyxc's declarations of CPython's string conversion and formatting functions (the C API's
# "String conversion and formatting"), for `from cpython.conversion cimport ...`. Written from
# CPython's documentation of Python.h and its pystrtod.h. PyOS_vsnprintf, which takes a
# va_list, is not declared.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    # snprintf with a guaranteed NUL at the end of `str`.
    int PyOS_snprintf(char *str, size_t size, const char *format, ...)

    # The double of the text at `s`: -1.0 with ValueError when it is no number (or, `endptr`
    # NULL, has text after one); when it is too large, ±inf for an overflow_exception of NULL,
    # else that exception raised (`<PyObject *>OverflowError`).
    double PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception) except? -1.0
    # `val` formatted as format_code ('e', 'E', 'f', 'F', 'g', 'G' or 'r') says, in a buffer to
    # release with PyMem_Free; *ptype (when not NULL) set to one of Py_DTST_*.
    char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *ptype) except NULL

    # PyOS_double_to_string's flags.
    enum:
        Py_DTSF_SIGN
        Py_DTSF_ADD_DOT_0
        Py_DTSF_ALT
    # What PyOS_double_to_string formatted.
    enum:
        Py_DTST_FINITE
        Py_DTST_INFINITE
        Py_DTST_NAN

    # Case-insensitive comparisons of ASCII letters, as strcasecmp and strncasecmp.
    int PyOS_stricmp(const char *a, const char *b)
    int PyOS_strnicmp(const char *a, const char *b, Py_ssize_t size)
    long PyOS_strtol(const char *str, char **ptr, int base)
    unsigned long PyOS_strtoul(const char *str, char **ptr, int base)
