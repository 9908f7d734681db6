# pyxc's declarations of CPython's buffer protocol (the C API's "Buffer Protocol"), for
# `from cpython.buffer cimport ...`: taking a buffer of an exporter (bytes, bytearray, numpy
# arrays, memoryviews) and releasing it. Written from CPython's documentation of Python.h.
# A Py_buffer filled by PyObject_GetBuffer holds a reference to its exporter (`obj`) until
# PyBuffer_Release: a pyxc module that takes one must release it on every path. Py_buffer itself
# is a builtin type, as in Cython (its `obj` is an object): `from cpython.buffer cimport
# Py_buffer` names it.

cdef extern from "Python.h":
    enum:
        PyBUF_SIMPLE
        PyBUF_WRITABLE
        PyBUF_WRITEABLE
        PyBUF_FORMAT
        PyBUF_ND
        PyBUF_STRIDES
        PyBUF_C_CONTIGUOUS
        PyBUF_F_CONTIGUOUS
        PyBUF_ANY_CONTIGUOUS
        PyBUF_INDIRECT
        PyBUF_CONTIG
        PyBUF_CONTIG_RO
        PyBUF_STRIDED
        PyBUF_STRIDED_RO
        PyBUF_RECORDS
        PyBUF_RECORDS_RO
        PyBUF_FULL
        PyBUF_FULL_RO
        PyBUF_READ
        PyBUF_WRITE

    bint PyObject_CheckBuffer(object obj)
    int PyObject_GetBuffer(object exporter, Py_buffer *view, int flags) except -1
    void PyBuffer_Release(Py_buffer *view)
    void *PyBuffer_GetPointer(Py_buffer *view, Py_ssize_t *indices)
    Py_ssize_t PyBuffer_SizeFromFormat(const char *format) except -1
    bint PyBuffer_IsContiguous(Py_buffer *view, char order)
    int PyBuffer_ToContiguous(void *buf, Py_buffer *src, Py_ssize_t len, char order) except -1
    int PyBuffer_FromContiguous(Py_buffer *view, void *buf, Py_ssize_t len, char order) except -1
    void PyBuffer_FillContiguousStrides(int ndims, Py_ssize_t *shape, Py_ssize_t *strides, int itemsize, char order)
    int PyBuffer_FillInfo(Py_buffer *view, object exporter, void *buf, Py_ssize_t len, int readonly, int flags) except -1
