# pyxc's declarations of CPython's marshal format (the C API's "Data marshalling support": the
# serialisation of code objects and constants that .pyc files use), for
# `from cpython.marshal cimport ...`. Written from CPython's documentation of marshal.h, which
# Python.h does not include. `version` is the format's (Py_MARSHAL_VERSION is the current one).
from libc.stdio cimport FILE

cdef extern from "marshal.h":
    enum:
        Py_MARSHAL_VERSION

    # The writers to files set an exception on failure: check PyErr_Occurred() after them.
    void PyMarshal_WriteLongToFile(long value, FILE *file, int version)
    void PyMarshal_WriteObjectToFile(object value, FILE *file, int version)
    bytes PyMarshal_WriteObjectToString(object value, int version)

    long PyMarshal_ReadLongFromFile(FILE *file) except? -1
    int PyMarshal_ReadShortFromFile(FILE *file) except? -1
    object PyMarshal_ReadObjectFromFile(FILE *file)
    object PyMarshal_ReadLastObjectFromFile(FILE *file)
    object PyMarshal_ReadObjectFromString(const char *data, Py_ssize_t len)
