# pyxc's declarations of CPython's iterator protocol, for `from cpython.iterator cimport ...`.
# Written from CPython's documentation of Python.h. PyIter_Next's NULL at the end of the
# iteration (no exception set) is, as for any `object` result, taken for an error: loop with
# `for` or call next() instead where the end must be seen.
cdef extern from "Python.h":
    bint PyIter_Check(object o)
    bint PyAIter_Check(object o)
    object PyIter_Next(object o)
