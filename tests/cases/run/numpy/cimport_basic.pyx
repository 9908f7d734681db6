# cimport numpy: the C-level typedefs, the ndarray type and its attributes, import_array.
import numpy as np
cimport numpy as cnp

cnp.import_array()


def typedef_sizes():
    """
    >>> typedef_sizes()
    (8, 4, 8, 4, 2, 1, 8, 16, 8)
    """
    return (sizeof(cnp.float64_t), sizeof(cnp.float32_t), sizeof(cnp.int64_t), sizeof(cnp.int32_t),
            sizeof(cnp.int16_t), sizeof(cnp.uint8_t), sizeof(cnp.intp_t), sizeof(cnp.complex128_t),
            sizeof(cnp.npy_intp))


def describe(cnp.ndarray a):
    """
    >>> describe(np.zeros((3, 4)))
    (2, [3, 4], [32, 8], 12, 8)
    >>> describe(np.arange(5, dtype=np.int32))
    (1, [5], [4], 5, 4)
    >>> describe(np.float64(1.5))
    Traceback (most recent call last):
    TypeError: Argument 'a' has incorrect type (expected numpy.ndarray, got numpy.float64)
    """
    cdef int i
    return (a.ndim, [a.shape[i] for i in range(a.ndim)], [a.strides[i] for i in range(a.ndim)],
            a.size, a.itemsize)


def total(cnp.ndarray a not None):
    """
    >>> total(np.arange(6, dtype=np.float64))
    15.0
    >>> total(np.arange(6, dtype=np.float32))
    Traceback (most recent call last):
    ValueError: expected float64
    >>> total(None)
    Traceback (most recent call last):
    TypeError: Argument 'a' has incorrect type (expected numpy.ndarray, got NoneType)
    """
    if a.dtype != np.float64 or not cnp.PyArray_IS_C_CONTIGUOUS(a):
        raise ValueError("expected float64")
    cdef cnp.float64_t *p = <cnp.float64_t *> a.data
    cdef cnp.npy_intp i, n = a.shape[0]
    cdef double s = 0
    for i in range(n):
        s += p[i]
    return s


def make(int n):
    """
    >>> make(4)  # a new numpy array
    array([0., 1., 2., 3.])
    >>> make(0).shape  # numpy's
    (0,)
    """
    cdef cnp.npy_intp dims[1]
    dims[0] = n
    cdef cnp.ndarray out = cnp.PyArray_SimpleNew(1, dims, cnp.NPY_DOUBLE)
    cdef double *d = <double *> cnp.PyArray_DATA(out)
    cdef int i
    for i in range(n):
        d[i] = i
    return out


def zeros_like_int(cnp.ndarray a):
    """
    >>> r = zeros_like_int(np.ones((2, 3)))
    >>> r.dtype, r.shape, int(r.sum())
    (dtype('int64'), (2, 3), 0)
    """
    return cnp.PyArray_ZEROS(a.ndim, a.shape, cnp.NPY_INT64, 0)


def type_numbers():
    """
    >>> type_numbers() == (np.dtype(np.float64).num, np.dtype(np.int32).num, np.dtype(np.bool_).num)
    True
    """
    return (cnp.NPY_FLOAT64, cnp.NPY_INT32, cnp.NPY_BOOL)


def is_array(x):
    """
    >>> is_array(np.zeros(2)), is_array([1, 2])
    (True, False)
    """
    return isinstance(x, cnp.ndarray)


def descr_of(cnp.ndarray a):
    """
    >>> descr_of(np.zeros(2, dtype=np.int16))
    (dtype('int16'), 2, 3)
    """
    cdef cnp.dtype d = a.descr
    return d, d.itemsize, d.type_num


def view_and_array(double[:] v):
    """
    >>> view_and_array(np.arange(3.0))
    3.0
    """
    cdef cnp.ndarray a = np.asarray(v)
    return <double> a.shape[0]
