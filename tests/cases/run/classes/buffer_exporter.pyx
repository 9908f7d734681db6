# Extension types that export their memory through the buffer protocol: __getbuffer__ fills the
# Py_buffer it is given (buf, obj, len, itemsize, format, ndim, shape, strides, ...) and
# __releasebuffer__ runs when the last consumer lets it go. Consumers: memoryview(), bytes(),
# typed memoryviews (a writable request refused by a read-only exporter with its
# BufferError; a const view accepted). An exception in __getbuffer__ reaches the consumer and
# leaves no reference behind in the view; one that never sets buffer.obj leaves it NULL (then no
# __releasebuffer__ is called); obj may be another object than self; an exception in
# __releasebuffer__ is unraisable; one released in an error path runs as usual (the pending
# exception kept aside); a subclass inherits both slots. (numpy.asarray is left out: numpy
# itself keeps references per call of it on any buffer exporter, array.array's too.)
# Expected outputs recorded from Cython 3.3.0.

import sys
from cpython.buffer cimport PyBUF_WRITABLE


cdef class Doubles:
    cdef double data[4]
    cdef Py_ssize_t shape[1]
    cdef Py_ssize_t strides[1]
    cdef public int exports
    cdef public int releases

    def __cinit__(self):
        for i in range(4):
            self.data[i] = i * 1.5
        self.shape[0] = 4
        self.strides[0] = sizeof(double)

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        buffer.buf = <void *>self.data
        buffer.obj = self
        buffer.len = 4 * sizeof(double)
        buffer.itemsize = sizeof(double)
        buffer.readonly = 0
        buffer.ndim = 1
        buffer.format = b"d"
        buffer.shape = self.shape
        buffer.strides = self.strides
        buffer.suboffsets = NULL
        buffer.internal = NULL
        self.exports += 1

    def __releasebuffer__(self, Py_buffer *buffer):
        self.releases += 1


cdef double total(double[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s


def consumers():
    """
    >>> consumers()
    d 8 (4,) [0.0, 1.5, 3.0, 4.5] 1 True 0
    1 1
    32 2 2
    10.5 3 2
    3 3
    """
    e = Doubles()
    m = memoryview(e)
    print(m.format, m.itemsize, m.shape, m.tolist(), e.exports, m.obj is e, e.releases)
    m.release()
    print(e.exports, e.releases)
    b = bytes(e)
    print(len(b), e.exports, e.releases)
    cdef double[:] v = e
    v[0] = 1.5
    print(total(v), e.exports, e.releases)
    v = None
    print(e.exports, e.releases)


cdef class Grid:
    """A read-only 2-D int grid: a writable request is refused as Cython's mockbuffers do."""
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

    def __getbuffer__(Grid self, Py_buffer *buffer, flags):
        if flags & PyBUF_WRITABLE:
            raise BufferError("Grid is read-only")
        buffer.buf = &self.cells[0][0]
        buffer.obj = self
        buffer.len = 6 * sizeof(int)
        buffer.itemsize = sizeof(int)
        buffer.readonly = 1
        buffer.ndim = 2
        buffer.format = b"i"
        buffer.shape = self.shape
        buffer.strides = self.strides
        buffer.suboffsets = NULL


def read_only():
    """
    >>> read_only()
    [[0, 1, 2], [10, 11, 12]] True
    BufferError Grid is read-only
    12 3
    """
    g = Grid()
    m = memoryview(g)
    print(m.tolist(), m.readonly)
    cdef int[:, :] w
    try:
        w = g
    except BufferError as err:
        print(type(err).__name__, err)
    cdef const int[:, :] r = g
    print(r[1, 2], r.shape[1])


cdef class Failing:
    cdef public int releases

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        buffer.obj = self
        raise ValueError("no buffer today")

    def __releasebuffer__(self, Py_buffer *buffer):
        self.releases += 1


def failing():
    """
    >>> failing()
    ValueError no buffer today
    ValueError no buffer today
    True 0
    """
    f = Failing()
    before = sys.getrefcount(f)
    try:
        memoryview(f)
    except ValueError as err:
        print(type(err).__name__, err)
    cdef double[:] v
    try:
        v = f
    except ValueError as err:
        print(type(err).__name__, err)
    print(sys.getrefcount(f) == before, f.releases)


cdef class Ownerless:
    """Never sets obj: the view has no exporter to release."""
    cdef char byte
    cdef public int releases

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        self.byte = 65
        buffer.buf = &self.byte
        buffer.len = 1
        buffer.itemsize = 1
        buffer.readonly = 1
        buffer.ndim = 0
        buffer.format = NULL
        buffer.shape = NULL
        buffer.strides = NULL
        buffer.suboffsets = NULL

    def __releasebuffer__(self, Py_buffer *buffer):
        self.releases += 1


def ownerless():
    """
    >>> ownerless()
    b'A' None
    0
    """
    o = Ownerless()
    m = memoryview(o)
    print(m.tobytes(), m.obj)
    m.release()
    print(o.releases)


cdef class Lender:
    """Lends a bytes object's memory, naming that object as the buffer's owner."""
    cdef object payload
    cdef Py_ssize_t length[1]
    cdef Py_ssize_t one[1]
    cdef public int releases

    def __init__(self, payload):
        self.payload = payload

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        cdef const char *p = self.payload
        buffer.buf = <void *>p
        buffer.obj = self.payload
        buffer.obj = self.payload
        buffer.len = len(self.payload)
        buffer.itemsize = 1
        buffer.readonly = 1
        buffer.ndim = 1
        buffer.format = b"B"
        self.length[0] = buffer.len
        self.one[0] = 1
        buffer.shape = self.length
        buffer.strides = self.one
        buffer.suboffsets = NULL
        if flags & PyBUF_WRITABLE:
            buffer.obj = None
            raise BufferError("read-only")

    def __releasebuffer__(self, Py_buffer *buffer):
        self.releases += 1


def lender():
    """
    >>> lender()
    True [104, 105] 0
    True
    BufferError
    True
    """
    payload = bytes([104, 105])
    before = sys.getrefcount(payload)
    lender = Lender(payload)
    m = memoryview(lender)
    print(m.obj is payload, m.tolist(), lender.releases)
    m.release()
    print(sys.getrefcount(payload) == before + 1)
    cdef unsigned char[:] w
    try:
        w = lender
    except BufferError as err:
        print(type(err).__name__)
    del lender
    print(sys.getrefcount(payload) == before)


cdef class Counted(Doubles):
    pass


def inherited():
    """
    >>> inherited()
    [0.0, 1.5, 3.0, 4.5] 1 1
    """
    c = Counted()
    with memoryview(c) as m:
        values = m.tolist()
    print(values, c.exports, c.releases)


cdef class BadRelease:
    cdef char byte

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        buffer.buf = &self.byte
        buffer.obj = self
        buffer.len = 1
        buffer.itemsize = 1
        buffer.readonly = 1
        buffer.ndim = 0
        buffer.format = NULL
        buffer.shape = NULL
        buffer.strides = NULL
        buffer.suboffsets = NULL

    def __releasebuffer__(self, Py_buffer *buffer):
        raise KeyError("on release")


def bad_release():
    """
    >>> bad_release()
    unraisable KeyError 'on release'
    done
    """
    saved = sys.unraisablehook
    sys.unraisablehook = lambda u: print("unraisable", type(u.exc_value).__name__, u.exc_value)
    try:
        m = memoryview(BadRelease())
        m.release()
    finally:
        sys.unraisablehook = saved
    print("done")


cdef class Talkative:
    """Its release runs Python code, also when the view goes in an error path."""
    cdef char bytes_[2]
    cdef Py_ssize_t length[1]

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        self.length[0] = 2
        buffer.buf = self.bytes_
        buffer.obj = self
        buffer.len = 2
        buffer.itemsize = 1
        buffer.readonly = 0
        buffer.ndim = 1
        buffer.format = b"b"
        buffer.shape = self.length
        buffer.strides = NULL
        buffer.suboffsets = NULL

    def __releasebuffer__(self, Py_buffer *buffer):
        print("released", [x for x in range(2)])


def out_of_bounds(t):
    cdef signed char[:] v = t
    return v[5]


def error_path():
    """
    >>> error_path()
    released [0, 1]
    caught Out of bounds on buffer access (axis 0)
    """
    try:
        out_of_bounds(Talkative())
    except IndexError as err:
        print("caught", err)
