# pyxc's declarations of CPython's int objects (the C API's "Integer Objects"), for
# `from cpython.long cimport ...`. Written from CPython's documentation of Python.h.
cdef extern from "Python.h":
    bint PyLong_Check(object p)
    bint PyLong_CheckExact(object p)
    object PyLong_FromLong(long v)
    object PyLong_FromUnsignedLong(unsigned long v)
    object PyLong_FromSsize_t(Py_ssize_t v)
    object PyLong_FromSize_t(size_t v)
    object PyLong_FromLongLong(long long v)
    object PyLong_FromUnsignedLongLong(unsigned long long v)
    object PyLong_FromDouble(double v)
    object PyLong_FromString(const char *str, char **pend, int base)
    object PyLong_FromVoidPtr(void *p)
    long PyLong_AsLong(object pylong) except? -1
    long PyLong_AsLongAndOverflow(object pylong, int *overflow) except? -1
    long long PyLong_AsLongLong(object pylong) except? -1
    long long PyLong_AsLongLongAndOverflow(object pylong, int *overflow) except? -1
    Py_ssize_t PyLong_AsSsize_t(object pylong) except? -1
    unsigned long PyLong_AsUnsignedLong(object pylong) except? -1
    size_t PyLong_AsSize_t(object pylong) except? -1
    unsigned long long PyLong_AsUnsignedLongLong(object pylong) except? -1
    unsigned long PyLong_AsUnsignedLongMask(object obj)
    unsigned long long PyLong_AsUnsignedLongLongMask(object obj)
    double PyLong_AsDouble(object pylong) except? -1.0
    void *PyLong_AsVoidPtr(object pylong) except? NULL
