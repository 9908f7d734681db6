# Buffers as exporters lay them out: without strides (a C-contiguous buffer, checked against
# the view's axes with Cython's messages), numpy's subarray fields ("(4)=i", a byte order after
# the shape; a shape of another rank refused as Cython does), an element of a transposed view,
# and a one-character literal stored into a C field of a struct item.
# Expected outputs recorded from Cython 3.3.0.
import numpy as np
from cython cimport view


cdef class NoStrides:
    cdef float data[6]
    cdef Py_ssize_t shape[2]
    cdef Py_ssize_t subs[2]
    cdef bint suboffsets

    def __cinit__(self, bint suboffsets=False):
        self.shape[0] = 2
        self.shape[1] = 3
        self.suboffsets = suboffsets
        self.subs[0] = self.subs[1] = -1
        for i in range(6):
            self.data[i] = i

    def __getbuffer__(self, Py_buffer *info, int flags):
        info.buf = <void *>self.data
        info.obj = self
        info.len = 6 * sizeof(float)
        info.ndim = 2
        info.shape = self.shape
        info.strides = NULL
        info.suboffsets = self.subs if self.suboffsets else NULL
        info.itemsize = sizeof(float)
        info.readonly = 0
        info.format = b"f"

    def __releasebuffer__(self, Py_buffer *info):
        pass


def null_strides(obj):
    """
    >>> null_strides(NoStrides())
    5.0
    C-contiguous buffer is not indirect in dimension 1
    C-contiguous buffer is not indirect in dimension 0
    C-contiguous buffer is not contiguous in dimension 0
    C-contiguous buffer is not contiguous in dimension 0
    >>> null_strides(NoStrides(True))
    Traceback (most recent call last):
    ValueError: Buffer exposes suboffsets but no strides
    """
    cdef float[::view.generic, ::view.generic] full = obj
    print(full[1, 2])
    cdef float[:, ::view.indirect] a
    cdef float[::view.indirect, :] b
    cdef float[::1, :] c
    cdef float[::view.contiguous, :] d
    try:
        a = obj
    except ValueError as e:
        print(e)
    try:
        b = obj
    except ValueError as e:
        print(e)
    try:
        c = obj
    except ValueError as e:
        print(e)
    try:
        d = obj
    except ValueError as e:
        print(e)


cdef packed struct Record:
    int a[4]
    signed char b[5]


def records(dtype):
    """
    >>> records(np.dtype([('a', '4i'), ('b', '5b')]))
    (5, 0, 99)
    >>> records(np.dtype([('a', '6i'), ('b', '5b')]))
    Traceback (most recent call last):
    ValueError: Expected a dimension of size 4, got 6
    >>> records(np.dtype([('a', '(4,4)i'), ('b', '5b')]))
    Traceback (most recent call last):
    ValueError: Expected 1 dimension(s), got 2
    """
    cdef Record[:] v = np.zeros((5,), dtype=dtype)
    v[0].b[1] = 'c'
    return v.shape[0], v[0].a[3], v[0].b[1]


def transposed_item():
    """
    >>> transposed_item()
    (11, 11, 4)
    """
    cdef int[:, :] a = view.array((4, 3), sizeof(int), 'i')
    cdef int i, j
    for i in range(4):
        for j in range(3):
            a[i, j] = 3 * i + j
    return a[3, 2], a.T[2, 3], a.T.shape[1]
