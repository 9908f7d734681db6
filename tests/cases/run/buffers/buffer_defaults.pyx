# Buffer defaults of an exporting class: `Cls[int]` takes ndim=2 and mode="c" from the class's
# __cythonbufferdefaults__, written options still winning.
# Expected outputs recorded from Cython 3.3.0.

cimport cython

cdef class Grid:
    cdef __cythonbufferdefaults__ = {"ndim": 2, "mode": "c"}
    cdef int cells[2][3]
    cdef Py_ssize_t shape[2]
    cdef Py_ssize_t strides[2]

    def __cinit__(self):
        for i in range(2):
            for j in range(3):
                self.cells[i][j] = 10 * i + j
        self.shape[0] = 2
        self.shape[1] = 3
        self.strides[0] = 3 * sizeof(int)
        self.strides[1] = sizeof(int)

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        buffer.buf = &self.cells[0][0]
        buffer.obj = self
        buffer.len = 6 * sizeof(int)
        buffer.itemsize = sizeof(int)
        buffer.readonly = 0
        buffer.ndim = 2
        buffer.format = b"i"
        buffer.shape = self.shape
        buffer.strides = self.strides
        buffer.suboffsets = NULL


def corner():
    """
    >>> corner()
    (12, 0, 'Grid[int,ndim=2]')
    """
    cdef Grid[int] g = Grid()
    return g[1, 2], g[0, 0], cython.typeof(g)


def strided(Grid g):
    """
    >>> strided(Grid())
    11
    """
    cdef Grid[int, mode="strided"] s = g
    return s[1, 1]
