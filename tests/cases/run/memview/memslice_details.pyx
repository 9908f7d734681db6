# Behaviours of views that Cython's memslice tests check: `v is None` and `v == None` (either
# side) are tests of the view, also without the GIL; len(v) is its first extent, also without the
# GIL; `a = b = obj` acquires the buffer once for both; an outer directive decorator wins over an
# inner one; a cython.view.array of objects says so (dtype_is_object).
# Expected outputs recorded from Cython 3.3.0.
cimport cython
from cython.view cimport array


cdef class Counted:
    cdef int data[4]
    cdef Py_ssize_t shape[1]
    cdef Py_ssize_t strides[1]
    cdef public int exports

    def __cinit__(self):
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


def doubles(n):
    return array((n,), sizeof(double), 'd')


def ints(*shape):
    return array(shape, sizeof(int), 'i')


def none_tests(double[:] m):
    """
    >>> none_tests(None)
    (True, True, True, True, False, False, False, False)
    >>> none_tests(doubles(2))
    (False, False, False, False, True, True, True, True)
    """
    cdef bint a, b, c, d, e, f, g, h
    with nogil:
        a = m is None
        b = None is m
        c = m == None
        d = None == m
        e = m is not None
        f = None is not m
        g = m != None
        h = None != m
    return a, b, c, d, e, f, g, h


def lengths(int[:, :] m):
    """
    >>> lengths(ints(3, 5))
    (3, 3)
    """
    cdef Py_ssize_t n
    with nogil:
        n = len(m)
    return n, len(m)


def cascaded(obj):
    """
    >>> cascaded(Counted())
    (1, True)
    """
    cdef int[:] a, b
    a = b = obj
    return obj.exports, a.shape[0] == b.shape[0] == 4


@cython.boundscheck(False)  # the outer decorator wins
@cython.boundscheck(True)
def unchecked(int[:] v, int i):
    """
    >>> unchecked(ints(4), 2) is None
    True
    """
    v[i] = 7
    return None


@cython.boundscheck(True)
@cython.boundscheck(False)
def checked(int[:] v, int i):
    """
    >>> checked(ints(4), 9)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return v[i]


def object_arrays():
    """
    >>> object_arrays()
    (True, False)
    """
    cdef array a = array((3,), sizeof(void *), 'O')
    cdef array b = array((3,), sizeof(int), 'i')
    return a.dtype_is_object, b.dtype_is_object
