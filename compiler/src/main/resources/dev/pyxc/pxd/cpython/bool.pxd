# pyxc's declarations of CPython's bool objects, for `from cpython.bool cimport ...`.
# Written from CPython's documentation of Python.h.
cdef extern from "Python.h":
    bint PyBool_Check(object o)
    object PyBool_FromLong(long v)

    # bool as Cython's cpython/bool.pxd declares it: an extension type whose instances are ints,
    # so a variable of it is tested as an extension type is ("Cannot convert str to bool").
    ctypedef class __builtin__.bool [object PyLongObject]:
        pass
