# `import numpy as np` and `cimport numpy as np`: one name for numpy's Python module and for its
# C declarations. The module never calls import_array(): it is called at import, as Cython does.
import numpy as np
cimport numpy as np


def scaled(np.ndarray a, double k):
    """
    >>> scaled(np.arange(4.0), 0.5)
    array([0. , 0.5, 1. , 1.5])
    >>> scaled(np.arange(4), 0.5)
    Traceback (most recent call last):
    ValueError: a float64 array is needed, not int64
    """
    if a.dtype != np.float64:
        raise ValueError(f"a float64 array is needed, not {a.dtype}")
    cdef np.ndarray out = np.empty_like(a)
    cdef np.float64_t *src = <np.float64_t *> np.PyArray_DATA(a)
    cdef np.float64_t *dst = <np.float64_t *> np.PyArray_DATA(out)
    cdef np.npy_intp i
    for i in range(np.PyArray_SIZE(a)):
        dst[i] = src[i] * k
    return out


def new_int32(int n):
    """
    >>> r = new_int32(3)
    >>> r, r.dtype == np.int32, isinstance(r, np.ndarray)
    (array([0, 1, 4], dtype=int32), True, True)
    """
    cdef np.npy_intp dims[1]
    dims[0] = n
    cdef np.ndarray r = np.PyArray_EMPTY(1, dims, np.NPY_INT32, 0)
    cdef np.int32_t *p = <np.int32_t *> np.PyArray_DATA(r)
    cdef int i
    for i in range(n):
        p[i] = i * i
    return r


def kinds(np.ndarray a):
    """
    >>> kinds(np.zeros(2, dtype=np.complex128)), kinds(np.zeros(2, dtype=np.uint8)), kinds(np.zeros(2, dtype=bool))
    ((False, False, True, True), (True, False, False, True), (False, False, False, True))
    """
    return (<bint> np.PyArray_ISINTEGER(a), <bint> np.PyArray_ISFLOAT(a), <bint> np.PyArray_ISCOMPLEX(a),
            <bint> np.PyArray_ISNUMBER(a))


def array_base(np.ndarray a):
    """
    >>> x = np.arange(6.0)
    >>> array_base(x) is None, array_base(x[2:]) is x
    (True, True)
    """
    return np.get_array_base(a)


def typed_scalars(np.float32_t x, np.int8_t y, np.uint16_t z):
    """
    >>> typed_scalars(np.float32(1.5), -3, 65535)
    (1.5, -3, 65535)
    >>> typed_scalars(1.0, -128, 0)
    (1.0, -128, 0)
    """
    return x, y, z
