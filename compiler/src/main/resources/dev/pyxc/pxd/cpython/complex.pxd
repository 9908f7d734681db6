# pyxc's declarations of CPython's complex objects, for `from cpython.complex cimport ...`.
# Written from CPython's documentation of Python.h ("Complex Number Objects"): the builtin
# complex as an extern class whose cval field is the number's C struct.
cdef extern from "Python.h":
    ctypedef struct Py_complex:
        double real
        double imag

    ctypedef class __builtin__.complex [object PyComplexObject]:
        cdef Py_complex cval

    bint PyComplex_Check(object p)
    bint PyComplex_CheckExact(object p)
    object PyComplex_FromCComplex(Py_complex v)
    object PyComplex_FromDoubles(double real, double imag)
    double PyComplex_RealAsDouble(object op) except? -1
    double PyComplex_ImagAsDouble(object op) except? -1
    Py_complex PyComplex_AsCComplex(object op)
