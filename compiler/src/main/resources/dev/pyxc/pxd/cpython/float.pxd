# pyxc's declarations of CPython's float objects, for `from cpython.float cimport ...`.
# Written from CPython's documentation of Python.h.
cdef extern from "Python.h":
    bint PyFloat_Check(object p)
    bint PyFloat_CheckExact(object p)
    object PyFloat_FromString(object str)
    object PyFloat_FromDouble(double v)
    double PyFloat_AsDouble(object pyfloat) except? -1
    double PyFloat_AS_DOUBLE(object pyfloat)
    double PyFloat_GetMax()
    double PyFloat_GetMin()
