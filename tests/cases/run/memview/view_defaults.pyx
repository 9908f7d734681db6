# Evaluated defaults of view parameters: acquired once, where the definition runs (the def
# statement of a module-level def, a cdef or cpdef function), and kept by the module; a call that
# leaves the argument out uses that view, one that passes it acquires its own. The exporter
# counts the buffers it hands out and takes back.
# Expected outputs recorded from Cython 3.3.0.

cdef class Counted:
    cdef int data[4]
    cdef Py_ssize_t shape[1]
    cdef Py_ssize_t strides[1]
    cdef public int exports
    cdef public int releases

    def __cinit__(self, int start):
        for i in range(4):
            self.data[i] = start + i
        self.shape[0] = 4
        self.strides[0] = sizeof(int)

    def __getbuffer__(self, Py_buffer *buffer, int flags):
        buffer.buf = <void *>self.data
        buffer.obj = self
        buffer.len = 4 * sizeof(int)
        buffer.itemsize = sizeof(int)
        buffer.readonly = 0
        buffer.ndim = 1
        buffer.format = b"i"
        buffer.shape = self.shape
        buffer.strides = self.strides
        buffer.suboffsets = NULL
        buffer.internal = NULL
        self.exports += 1

    def __releasebuffer__(self, Py_buffer *buffer):
        self.releases += 1


DEFAULT = Counted(10)
CDEFAULT = Counted(20)
CPDEFAULT = Counted(30)


def total(int[:] v=DEFAULT, int n=4):
    cdef int s = 0
    cdef Py_ssize_t i
    for i in range(n):
        s += v[i]
    return s


cdef int first(int[:] v=CDEFAULT):
    return v[0]


cpdef int last(int[:] v=CPDEFAULT):
    return v[3]


def counts():
    """
    >>> counts()
    (1, 0)
    (46, 20, 33)
    (1, 0) (1, 0) 0
    (6, 0, 3)
    (0, 1, 20, 1) (1, 0)
    """
    print((DEFAULT.exports, DEFAULT.releases))
    print((total(), first(), last()))
    # (a cpdef function's default: Cython acquires it for the C function and for its Python
    # wrapper, pyxc once for both; the count is left out)
    print((DEFAULT.exports, DEFAULT.releases), (CDEFAULT.exports, CDEFAULT.releases), CPDEFAULT.releases)
    other = Counted(0)
    print((total(other), first(other), last(other)))
    print((other.exports - other.releases, total(other, 2), first(), last(CPDEFAULT) - 32), (DEFAULT.exports, DEFAULT.releases))


def defaults_kept():
    """
    The function keeps its defaults (Cython shows the view's memoryview object, pyxc the object
    given, so only the other one is printed).

    >>> defaults_kept()
    2 4
    """
    print(len(total.__defaults__), total.__defaults__[1])
