# pyxc's declarations of CPython's iterator objects (the C API's "Iterator Objects": iter(seq)
# for sequences without __iter__ and iter(callable, sentinel)), for
# `from cpython.iterobject cimport ...`. Written from CPython's documentation of Python.h.
cdef extern from "Python.h":
    bint PySeqIter_Check(object o)
    # An iterator over seq[0], seq[1], ... until IndexError.
    object PySeqIter_New(object seq)
    bint PyCallIter_Check(object o)
    # An iterator calling `callable` until it returns `sentinel`.
    object PyCallIter_New(object callable, object sentinel)
