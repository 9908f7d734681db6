# Pointers into memoryviews: &m[0] of a contiguous view, reading and writing the underlying
# array.array / bytearray through it, cdef functions taking (double*, Py_ssize_t n), &m[i, 0]
# of a C-contiguous 2-D view.
# Expected outputs recorded from Cython 3.3.0.
from array import array

cdef double total(const double *p, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(n):
        s += p[i]
    return s

cdef void scale(double *p, Py_ssize_t n, double k):
    cdef Py_ssize_t i
    for i in range(n):
        p[i] *= k

def sum_through_pointer(double[::1] m):
    """
    >>> sum_through_pointer(array('d', [1.5, 2.5, 3.0]))
    7.0
    """
    cdef double *p = &m[0]
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(m.shape[0]):
        s += p[i]
    return s

def sum_via_cdef(double[::1] m):
    """
    >>> sum_via_cdef(array('d', [0.5, 0.25, 0.25, 1.0]))
    2.0
    """
    return total(&m[0], m.shape[0])

def write_through(double[::1] m):
    """
    >>> a = array('d', [1.0, 2.0, 3.0])
    >>> write_through(a)
    (10.0, 20.0, 30.0)
    >>> a
    array('d', [10.0, 20.0, 30.0])
    """
    scale(&m[0], m.shape[0], 10)
    return m[0], m[1], m[2]

def tail_pointer(double[::1] m, Py_ssize_t start):
    """
    >>> a = array('d', [1, 2, 3, 4, 5])
    >>> tail_pointer(a, 2)
    12.0
    >>> a
    array('d', [1.0, 2.0, -3.0, -4.0, -5.0])
    """
    cdef double *p = &m[start]
    cdef double s = total(p, m.shape[0] - start)
    scale(p, m.shape[0] - start, -1)
    return s

def slice_pointer(double[::1] m):
    """
    >>> a = array('d', [1, 2, 3, 4, 5, 6])
    >>> slice_pointer(a)
    (9.0, 5.0)
    """
    cdef double[::1] mid = m[1:4]
    cdef double *p = &mid[0]
    return total(p, mid.shape[0]), (p + 3)[0]

def pointer_equals_element(double[::1] m):
    """
    >>> pointer_equals_element(array('d', [0, 0, 0, 0]))
    (True, 3)
    """
    cdef double *p = &m[0]
    cdef double *q = &m[3]
    return p + 3 == q, q - p

def bytes_through_pointer(unsigned char[::1] m):
    """
    >>> b = bytearray(b"abcd")
    >>> bytes_through_pointer(b)
    (394, 4)
    >>> b
    bytearray(b'bbdd')
    """
    cdef unsigned char *p = &m[0]
    cdef int s = 0
    cdef Py_ssize_t i
    for i in range(m.shape[0]):
        s += p[i]
    p[0] += 1
    p[2] += 1
    return s, m.shape[0]

def int_buffer(int[::1] m):
    """
    >>> a = array('i', [3, 1, 2])
    >>> int_buffer(a)
    6
    >>> a
    array('i', [0, 0, 0])
    """
    cdef int *p = &m[0]
    cdef int s = p[0] + p[1] + p[2]
    cdef Py_ssize_t i
    for i in range(m.shape[0]):
        p[i] = 0
    return s

def row_pointer(double[:, ::1] m, Py_ssize_t row):
    """
    >>> a = array('d', [0, 1, 2, 10, 11, 12])
    >>> m = memoryview(a).cast('B').cast('d', (2, 3))
    >>> row_pointer(m, 1)
    (33.0, 12.0)
    >>> row_pointer(m, 0)
    (3.0, 2.0)
    """
    cdef double *p = &m[row, 0]
    return total(p, m.shape[1]), p[2]

def flat_2d(double[:, ::1] m):
    """
    >>> a = array('d', range(6))
    >>> flat_2d(memoryview(a).cast('B').cast('d', (2, 3)))
    (15.0, 5.0)
    """
    cdef double *p = &m[0, 0]
    return total(p, m.shape[0] * m.shape[1]), p[m.shape[1] + 2]

def pointer_outlives_use(double[::1] m):
    """
    >>> a = array('d', [2.0, 4.0])
    >>> pointer_outlives_use(a)
    (2.0, 8.0)
    """
    cdef double *p = &m[0]
    cdef double first = p[0]
    m[1] = 8.0
    return first, p[1]

def empty_view(double[::1] m):
    """
    >>> empty_view(array('d'))
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> empty_view(array('d', [4.5]))
    4.5
    """
    cdef double *p = &m[0]
    return p[0]
