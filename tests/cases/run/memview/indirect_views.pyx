# Views with indirect axes (PEP 3118 suboffsets): an axis of ::view.indirect holds pointers to
# what follows it, ::view.indirect_contiguous holds them side by side, ::view.generic may be
# either. Items are read and written through the pointers, a slice of an indirect axis keeps the
# offsets of the axes after it in its suboffset, an index into an indirect axis after a kept axis
# is Cython's IndexError, and the buffer is checked axis by axis with Cython's messages. The
# exporter lays out a table as an array of row pointers (or a plain block of ints).
# Expected outputs recorded from Cython 3.3.0.

from cython cimport view
from cpython.mem cimport PyMem_Malloc, PyMem_Free
from cpython.buffer cimport PyBUF_INDIRECT


cdef class Table:
    """rows x cols ints, value 10 * row + col; indirect: an array of row pointers (stride apart)."""
    cdef int *block
    cdef int **rows
    cdef Py_ssize_t shape[2]
    cdef Py_ssize_t strides[2]
    cdef Py_ssize_t suboffsets[2]
    cdef bint indirect
    cdef public object flags_seen

    def __cinit__(self, Py_ssize_t nrows, Py_ssize_t ncols, bint indirect=True, int spread=1):
        cdef Py_ssize_t i, j
        self.block = <int *>PyMem_Malloc(nrows * ncols * sizeof(int))
        self.rows = <int **>PyMem_Malloc(nrows * spread * sizeof(int *))
        for i in range(nrows):
            for j in range(ncols):
                self.block[i * ncols + j] = 10 * i + j
            self.rows[i * spread] = self.block + i * ncols
        self.indirect = indirect
        self.shape[0] = nrows
        self.shape[1] = ncols
        self.strides[0] = spread * sizeof(int *) if indirect else ncols * sizeof(int)
        self.strides[1] = sizeof(int)
        self.suboffsets[0] = 0
        self.suboffsets[1] = -1

    def __dealloc__(self):
        PyMem_Free(self.block)
        PyMem_Free(self.rows)

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        self.flags_seen = (flags & PyBUF_INDIRECT) == PyBUF_INDIRECT
        buffer.buf = <void *>self.rows if self.indirect else <void *>self.block
        buffer.obj = self
        buffer.len = self.shape[0] * self.shape[1] * sizeof(int)
        buffer.itemsize = sizeof(int)
        buffer.readonly = 0
        buffer.ndim = 2
        buffer.format = b"i"
        buffer.shape = self.shape
        buffer.strides = self.strides
        buffer.suboffsets = self.suboffsets if self.indirect else NULL
        buffer.internal = NULL

    def __releasebuffer__(self, Py_buffer *buffer):
        pass


def total(int[::view.generic, ::view.generic] m):
    """
    A generic view reads a table of row pointers and a plain block alike.

    >>> total(Table(3, 4)), total(Table(3, 4, False))
    (138, 138)
    >>> t = Table(2, 2); _ = total(t); t.flags_seen
    True
    """
    cdef long s = 0
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s


def read_write(int[::view.indirect, ::1] m, Py_ssize_t i, Py_ssize_t j):
    """
    >>> read_write(Table(3, 4), 2, 3)
    (23, 1023, 1023, 1023)
    >>> read_write(Table(3, 4), -1, -2)
    (22, 1022, 1022, 1022)
    >>> read_write(Table(3, 4), 3, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    before = m[i, j]
    m[i, j] += 1000
    cdef int[::1] row = m[i]
    cdef object o = m
    return before, m[i, j], row[j], o[i, j]


def subviews(int[::view.indirect, :] m):
    """
    >>> subviews(Table(4, 5))
    [12, 13, 14]
    [21, 11, 1]
    [22, 32]
    (3, 3) [12, 13, 14]
    """
    cdef int[::view.indirect, :] tail = m[1:, 2:]
    print([tail[0, j] for j in range(tail.shape[1])])
    cdef int[::view.indirect, :] back = m[::-1, 1:2]
    print([back[i, 0] for i in range(1, 4)])
    cdef int[:] col = m[2, 2:4]
    cdef int[:] col2 = m[3][2:4]
    print([col[0], col2[0]])
    print((tail.shape[0], tail.shape[1]), [tail[0, 0], tail[0, 1], tail[0, 2]])


def slice_then_index(int[::view.indirect, :] m):
    """
    An index into a direct axis after a sliced indirect one goes behind its pointers.

    >>> slice_then_index(Table(3, 3))
    (3, 21, 11)
    """
    cdef int[::view.indirect] c = m[:, 1]
    cdef int[::view.indirect] d = m[1:, 1]
    return c.shape[0], c[2], d[0]


def as_object(int[::view.indirect, :] m):
    """
    The view as a Python object: its suboffsets, items, slices (the offsets of later axes kept in
    the indirect axis's suboffset) and the buffer it exports to Python's memoryview.

    >>> as_object(Table(3, 4))
    (0, -1)
    21 21
    (8, -1) (3, 2) 12
    [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23]]
    False False
    """
    cdef object o = m
    print(o.suboffsets)
    print(o[2, 1], o[2][1])
    s = o[:, 2:]
    print(s.suboffsets, s.shape, s[1, 0])
    print(memoryview(o).tolist())
    print(o.is_c_contig(), o.is_f_contig())


def copy_and_transpose(int[::view.indirect, :] m):
    """
    >>> copy_and_transpose(Table(2, 2))
    Traceback (most recent call last):
    ValueError: Cannot copy memoryview slice with indirect dimensions (axis 0)
    """
    return (<object>m).copy()


def transpose_object(int[::view.indirect, :] m):
    """
    >>> transpose_object(Table(2, 2))
    Traceback (most recent call last):
    ValueError: Cannot transpose memoryview with indirect dimensions
    """
    return (<object>m).T


def direct_needed(int[:, :] m):
    """
    >>> direct_needed(Table(2, 2, False))
    2
    >>> direct_needed(Table(2, 2))
    Traceback (most recent call last):
    ValueError: Buffer not compatible with direct access in dimension 0.
    """
    return m.shape[0]


def indirect_needed(int[::view.indirect, :] m):
    """
    >>> indirect_needed(Table(2, 2))
    2
    >>> indirect_needed(Table(2, 2, False))
    Traceback (most recent call last):
    ValueError: Buffer is not indirectly accessible in dimension 0.
    """
    return m.shape[0]


def pointers_side_by_side(int[::view.indirect_contiguous, ::1] m):
    """
    >>> pointers_side_by_side(Table(3, 2))
    21
    >>> pointers_side_by_side(Table(3, 2, True, 2))
    Traceback (most recent call last):
    ValueError: Buffer is not indirectly contiguous in dimension 0.
    """
    return m[2, 1]


def generic_of_strided(int[:, :] m):
    """
    A direct view stored into a generic one (and a subview of it read back).

    >>> generic_of_strided(Table(3, 3, False))
    (22, 21)
    """
    cdef int[::view.generic, ::view.generic] g = m
    cdef int[::view.generic, ::view.generic] h = g[1:, ::-1]
    return g[2, 2], h[1, 1]
