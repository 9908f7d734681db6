# pyxc's declarations of CPython's slice objects (the C API's "Slice Objects"), for
# `from cpython.slice cimport ...`. Written from CPython's documentation of Python.h and its
# sliceobject.h. PySlice_Unpack with PySlice_AdjustIndices is what PySlice_GetIndicesEx does.
cdef extern from "Python.h":
    bint PySlice_Check(object o)
    # slice(start, stop, step), None for a missing part.
    slice PySlice_New(object start, object stop, object step)
    # The indices for a sequence of `length` items, as slice.indices(length) but with no
    # exception (only -1) when an index is out of range; one is set when it is not an int.
    int PySlice_GetIndices(object s, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
                           Py_ssize_t *step) except? -1
    # The same clipped to the sequence, with the number of items in *slicelength.
    int PySlice_GetIndicesEx(object s, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
                             Py_ssize_t *step, Py_ssize_t *slicelength) except -1
    # The parts as C integers (missing parts the extremes for the step's sign; ValueError for a
    # step of 0), and their adjustment to a length, which returns the number of items.
    int PySlice_Unpack(object s, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step) except -1
    Py_ssize_t PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step)
