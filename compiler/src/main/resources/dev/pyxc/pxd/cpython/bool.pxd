# pyxc's declarations of CPython's bool objects, for `from cpython.bool cimport ...`.
# Written from CPython's documentation of Python.h.
cdef extern from "Python.h":
    bint PyBool_Check(object o)
    object PyBool_FromLong(long v)
