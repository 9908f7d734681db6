# cython.view.array: made from Python and C, its C fields, its buffer taken by typed views,
# and arrays over a pointer's or a C array's memory (<T[:n, :m]> p).
from libc.stdlib cimport malloc, free
from cython.view cimport array
from cython cimport view as v
cimport cython as cy


def made(shape, mode='c'):
    """
    >>> a = made((2, 3))
    >>> len(a), a.shape, a.strides, a.ndim, a.itemsize, a.nbytes, a.size
    (2, (2, 3), (24, 8), 2, 8, 48, 6)
    >>> print(a.memview)
    <MemoryView of 'array' object>
    >>> print(a[0])
    <MemoryView of 'array' object>
    >>> a[1, 2] = 2.5
    >>> a[1, 2], a[-1, -1]
    (2.5, 2.5)
    >>> made((2, 3), 'fortran').strides
    (8, 16)
    >>> from collections.abc import Sequence
    >>> isinstance(a, Sequence)
    True
    """
    return array(shape, sizeof(double), 'd', mode)


def c_fields(mode):
    """
    >>> c_fields('c')
    (24, 4, 2, 'c', b'i', 4, 2, True)
    >>> c_fields('fortran')
    (24, 4, 2, 'fortran', b'i', 8, 2, False)
    """
    cdef array a = array(shape=(2, 3), itemsize=sizeof(int), format="i", mode=mode)
    cdef int *data = <int *> a.data
    cdef int i
    for i in range(6):
        data[i] = 0  # (the array's memory is malloc's: uninitialised until written)
    data[1] = 7
    return a.len, a.itemsize, a.ndim, a.mode, a.format, a.strides[1], len(a), a[0, 1] == 7


def spelled():
    """
    >>> spelled()
    (5, 4, 4, 4, True)
    """
    cdef v.array a = cy.view.array(shape=(4,), itemsize=sizeof(int), format="i")
    b = v.array((2,), 1, 'c')
    cdef int[:] m = a
    m[1] = 5
    return a[1], a.strides[0], a.shape[0], len(a), type(a) is type(b)


def refused(shape, itemsize, fmt, mode='c'):
    """
    >>> refused((), 8, 'd')
    Traceback (most recent call last):
    ValueError: Empty shape tuple for cython.array
    >>> refused([2], 8, 'd')
    Traceback (most recent call last):
    TypeError: Argument 'shape' has incorrect type (expected tuple, got list)
    >>> refused((2,), 0, 'd')
    Traceback (most recent call last):
    ValueError: itemsize <= 0 for cython.array
    >>> refused((2, -1), 8, 'd')
    Traceback (most recent call last):
    ValueError: Invalid shape in axis 1: -1.
    >>> refused((2,), 8, None)
    Traceback (most recent call last):
    TypeError: Argument 'format' must not be None
    >>> refused((2,), 8, 'd', 'x')
    Traceback (most recent call last):
    ValueError: Invalid mode, expected 'c' or 'fortran', got x
    >>> refused((2,), 8, b'd').shape
    (2,)
    """
    return array(shape, itemsize, fmt, mode)


cdef void callback(void *data) noexcept:
    print("callback called")
    free(data)


def data_given_later():
    """
    >>> data_given_later()
    True
    6
    callback called
    """
    cdef array a = array((3,), itemsize=sizeof(int), format='i', allocate_buffer=False)
    print(a.data == NULL)
    cdef int *p = <int *> malloc(3 * sizeof(int))
    p[0] = 1
    p[1] = 2
    p[2] = 3
    a.data = <char *> p
    a.callback_free_data = callback
    print(a[0] + a[1] + a[2])
    a = None


def chars(n):
    """
    >>> c = chars(4)
    >>> bytes(c), len(bytes(memoryview(c)))
    (b'xxxx', 4)
    >>> c[1] = b'y'
    >>> c[1], c.count(b'x'), c.index(b'y')
    (b'y', 3, 1)
    """
    a = array(shape=(n,), itemsize=sizeof(char), format='c', mode='c')
    a[:] = b'x'
    return a


cdef int *numbers(int n) except NULL:
    cdef int *p = <int *> malloc(n * sizeof(int))
    if p == NULL:
        raise MemoryError
    for i in range(n):
        p[i] = i
    return p


cdef void free_noisily(void *p) noexcept:
    print("freed")
    free(p)


def over_pointer():
    """
    >>> over_pointer()
    69 c
    freed
    fortran 96
    56 True
    119 (12, 10)
    freed
    """
    cdef array a = <int[:10, :10]> numbers(100)
    a.callback_free_data = free_noisily
    print(a[6, 9], a.mode)
    a = <int[:10:1, :10]> numbers(100)
    a.callback_free_data = free
    print(a.mode, a[6, 9])
    a = <int[:10, :10]> numbers(100)
    a.callback_free_data = free
    cdef int[:, ::1] m = a
    print(m[5, 6], m.is_c_contig())
    cdef int rows = 12
    cdef int cols = 10
    a = <int[:rows, :cols]> numbers(rows * cols)
    a.callback_free_data = free_noisily
    print(a[rows - 1, cols - 1], a.shape)


def over_null():
    """
    >>> over_null()
    Traceback (most recent call last):
    ValueError: Cannot create cython.array from NULL pointer
    """
    cdef int *p = NULL
    a = <int[:3]> p
    a[0] = 1
    return a.shape, a[0]


def three_d():
    """
    >>> three_d()
    3 3
    True True
    """
    cdef int *p = numbers(8)
    cdef array c = <int[:2, :2, :2:1]> p
    cdef array f = <int[:2:1, :2, :2]> p
    cdef int[:, :, ::1] m1 = c
    cdef int[::1, :, :] m2 = f
    print(m1[0, 1, 1], m2[1, 1, 0])
    print(m1.is_c_contig(), m2.is_f_contig())
    free(p)


def over_c_array():
    """
    >>> over_c_array()
    0 8 21
    0 8 21
    ((7, 8), 21.0)
    """
    cdef int[7][8] a
    cdef double d[3]
    for i in range(7):
        for j in range(8):
            a[i][j] = i * 8 + j
    cdef int[:, :] m = <int[:, :]> a
    print(m[0, 0], m[1, 0], m[2, 5])
    m = a
    print(m[0, 0], m[1, 0], m[2, 5])
    d[0] = 1
    d[1] = 20
    d[2] = 0
    cdef double[:] dv = <double[:3]> d
    return (<int[:, :]> a).shape, dv[0] + dv[1] + dv[2]


def contiguity(mode):
    """
    >>> contiguity('c')
    3
    >>> contiguity('fortran')
    Traceback (most recent call last):
    ValueError: Buffer and memoryview are not contiguous in the same dimension.
    """
    cdef int[:, ::1] m = array((2, 3), sizeof(int), 'i', mode=mode)
    return m.shape[1]


def one_dimension():
    """
    >>> one_dimension()
    (3, 3, 3)
    """
    cdef int[::1] m = array((3,), sizeof(int), 'i', mode='fortran')
    cdef int[::1] n = <int[:3:1]> &m[0]
    cdef int[:, ::1] flat = array((1, 3), sizeof(int), 'i', mode='fortran')
    return m.shape[0], n.shape[0], flat.shape[1]


def object_length(n):
    """
    >>> object_length(4)
    4
    >>> object_length(2 ** 70)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C ssize_t
    """
    cdef double buf[4]
    cdef double *p = buf
    return (<double[:n]> p).shape[0]
