# `from numpy cimport ...`, C access to arrays under nogil, broadcast and flat iterators.
import numpy
from numpy cimport (ndarray, dtype, float64_t, int32_t, intp_t, npy_intp, PyArray_DATA, PyArray_DIM,
                    PyArray_GETPTR2, PyArray_MultiIterNew2, broadcast, PyArray_MultiIter_DATA,
                    PyArray_MultiIter_NEXT, PyArray_MultiIter_NOTDONE, PyArray_IterNew, flatiter,
                    PyArray_ITER_DATA, PyArray_ITER_NEXT, PyArray_ITER_NOTDONE, NPY_FLOAT64, PyArray_TYPE,
                    import_array)
from cython.parallel cimport prange

import_array()


def row_sums(ndarray a):
    """
    >>> row_sums(numpy.arange(6.0).reshape(2, 3))
    [3.0, 12.0]
    >>> row_sums(numpy.arange(6, dtype=numpy.int32).reshape(2, 3))
    Traceback (most recent call last):
    TypeError: float64 arrays only
    """
    if PyArray_TYPE(a) != NPY_FLOAT64 or a.ndim != 2:
        raise TypeError("float64 arrays only")
    cdef npy_intp i, j, n = a.shape[0], m = a.shape[1]
    cdef double s
    out = []
    for i in range(n):
        s = 0
        with nogil:
            for j in range(m):
                s += (<float64_t *> PyArray_GETPTR2(a, i, j))[0]
        out.append(s)
    return out


def parallel_total(ndarray a):
    """
    >>> parallel_total(numpy.arange(1000.0))
    499500.0
    """
    cdef float64_t *p = <float64_t *> a.data
    cdef intp_t i, n = a.size
    cdef double s = 0
    for i in prange(n, nogil=True):
        s += p[i]
    return s


def strides_in_nogil(ndarray a):
    """
    >>> strides_in_nogil(numpy.zeros((4, 5), dtype=numpy.int32))
    (2, 20, 4, 5)
    >>> strides_in_nogil(numpy.zeros((4, 5), dtype=numpy.int32).T)
    (2, 4, 20, 4)
    """
    cdef int nd
    cdef npy_intp s0, s1, d1
    with nogil:
        nd = a.ndim
        s0 = a.strides[0]
        s1 = a.strides[1]
        d1 = PyArray_DIM(a, 1)
    return nd, s0, s1, d1


def multiply_broadcast(x, y):
    """
    >>> multiply_broadcast(numpy.arange(3.0), numpy.arange(6.0).reshape(2, 3))
    [0.0, 1.0, 4.0, 0.0, 4.0, 10.0]
    """
    cdef broadcast it = PyArray_MultiIterNew2(x, y)
    out = []
    while PyArray_MultiIter_NOTDONE(it):
        out.append((<double *> PyArray_MultiIter_DATA(it, 0))[0] * (<double *> PyArray_MultiIter_DATA(it, 1))[0])
        PyArray_MultiIter_NEXT(it)
    return out


def flat_values(ndarray a):
    """
    >>> flat_values(numpy.arange(4, dtype=numpy.int32).reshape(2, 2).T)
    [0, 2, 1, 3]
    """
    cdef flatiter it = PyArray_IterNew(a)
    out = []
    while PyArray_ITER_NOTDONE(it):
        out.append((<int32_t *> PyArray_ITER_DATA(it))[0])
        PyArray_ITER_NEXT(it)
    return out


def dtype_fields(ndarray a):
    """
    >>> dtype_fields(numpy.zeros(3, dtype='<i4'))
    ('i', 'i', 5)
    """
    cdef dtype d = a.descr
    return chr(d.kind), chr(d.type), d.type_num
