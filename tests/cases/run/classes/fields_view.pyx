# Typed memoryview fields (`cdef double[:] data`, `cdef double[:, ::1] grid`): set from an
# array.array, a bytearray-backed view or another memoryview, indexed through self.data[i] in
# methods, the error for using a field that was never set, reassigning the field, and the
# buffer kept alive by the field. Expected outputs recorded from Cython 3.3.0.
from array import array

cdef class Vec:
    cdef double[:] data
    cdef Py_ssize_t n

    def __init__(self, buf=None):
        if buf is not None:
            self.data = buf
            self.n = self.data.shape[0]

    def total(self):
        cdef double s = 0
        cdef Py_ssize_t i
        for i in range(self.n):
            s += self.data[i]
        return s

    def scale(self, double k):
        cdef Py_ssize_t i
        for i in range(self.data.shape[0]):
            self.data[i] *= k

    def get(self, Py_ssize_t i):
        return self.data[i]


cdef class Grid:
    cdef double[:, ::1] grid
    cdef unsigned char[:] raw

    def __init__(self, double[:, ::1] g):
        self.grid = g

    def row_sums(self):
        cdef Py_ssize_t i, j
        out = []
        for i in range(self.grid.shape[0]):
            s = 0.0
            for j in range(self.grid.shape[1]):
                s += self.grid[i, j]
            out.append(s)
        return out


def from_array():
    """
    >>> from_array()
    (6.0, 3, 2.0, [2.0, 4.0, 6.0])
    """
    a = array('d', [1.0, 2.0, 3.0])
    v = Vec(a)
    t = v.total()
    v.scale(2)
    return t, v.n, v.get(0), list(a)


def view_is_shared():
    """
    >>> view_is_shared()
    (10.0, 10.0)
    """
    a = array('d', [1.0, 2.0])
    cdef double[:] m = a
    cdef Vec v = Vec(m)
    v.data[0] = 10.0
    return m[0], a[0]


def index_errors(Py_ssize_t i):
    """
    >>> index_errors(1)
    2.0
    >>> index_errors(-1)
    3.0
    >>> index_errors(3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return Vec(array('d', [1.0, 2.0, 3.0])).get(i)


def unset_field():
    """
    >>> unset_field()
    Traceback (most recent call last):
    AttributeError: Memoryview is not initialized
    """
    v = Vec()
    return v.get(0)


def unset_field_shape():
    """
    >>> unset_field_shape()
    Traceback (most recent call last):
    AttributeError: Memoryview is not initialized
    """
    cdef Vec v = Vec()
    return v.data.shape[0]


def reassign():
    """
    >>> reassign()
    (3.0, 30.0, 2)
    """
    cdef Vec v = Vec(array('d', [1.0, 2.0]))
    first = v.total()
    v.data = array('d', [10.0, 20.0])
    v.n = v.data.shape[0]
    return first, v.total(), v.n


def field_keeps_buffer_alive():
    """
    >>> field_keeps_buffer_alive()
    [5.0, 6.0]
    """
    cdef Vec v = Vec(array('d', [5.0, 6.0]))
    return [v.get(0), v.get(1)]


def grid_from_2d_view():
    """
    >>> grid_from_2d_view()
    ([3.0, 7.0, 11.0], (3, 2), 6.0)
    """
    a = array('d', [1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    g = Grid(memoryview(a).cast('B').cast('d', (3, 2)))
    return g.row_sums(), (g.grid.shape[0], g.grid.shape[1]), g.grid[2, 1]


def grid_wrong_dims():
    """
    >>> grid_wrong_dims()
    Traceback (most recent call last):
    ValueError: Buffer has wrong number of dimensions (expected 2, got 1)
    """
    return Grid(array('d', [1.0]))


def bytearray_field():
    """
    >>> bytearray_field()
    (3, 97, bytearray(b'zbc'))
    """
    cdef Grid g = Grid(memoryview(array('d', [0.0])).cast('B').cast('d', (1, 1)))
    b = bytearray(b'abc')
    g.raw = b
    first = g.raw[0]
    g.raw[0] = 122
    return g.raw.shape[0], first, b


def readonly_buffer():
    """
    >>> readonly_buffer()
    Traceback (most recent call last):
    BufferError: Object is not writable.
    """
    cdef Grid g = Grid(memoryview(array('d', [0.0])).cast('B').cast('d', (1, 1)))
    g.raw = b'abc'
