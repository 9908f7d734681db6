# Buffer variables of numpy arrays: `np.ndarray[dtype, ndim=N, mode=...]` arguments and locals,
# their elements read and written in C, their attributes, and what cython.typeof says of them.
import numpy as np
cimport numpy as np
cimport cython

def total(np.ndarray[double, ndim=1] a):
    """
    >>> total(np.arange(5.0))
    10.0
    >>> total(np.arange(10.0)[::3])
    18.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def fill(np.ndarray[double, ndim=2, mode="c"] a, double v):
    """
    >>> a = np.zeros((2, 3))
    >>> fill(a, 1.5).tolist()
    [[101.5, 2.5, 3.5], [11.5, 12.5, 13.5]]
    >>> a.tolist() == fill(a, 1.5).tolist()
    True
    """
    cdef int i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] = v + i * 10 + j
    a[0, 0] += 100
    return a

def fortran(np.ndarray[np.int32_t, ndim=2, mode="fortran"] a):
    """
    >>> fortran(np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3)))
    (5, 3, 2)
    """
    return a[1, 2], a[1, 0], a[0, 2]

def strided(np.ndarray[np.float32_t, ndim=3, mode="strided"] a):
    """
    >>> strided(np.arange(24, dtype=np.float32).reshape(2, 3, 4)[:, ::2, 1:])
    (23.0, 1.0, 9.0)
    """
    return a[1, 1, 2], a[0, 0, 0], a[0, 1, 0]

def locals_reassigned(int n):
    """
    >>> locals_reassigned(4)  # numpy
    (9, 6, 'ndarray[int64_t,ndim=1]')
    """
    cdef np.ndarray[np.int64_t, ndim=1] b = np.arange(3, dtype=np.int64)
    cdef long t = b[0] + b[1] + b[2]
    b = np.arange(n, dtype=np.int64) * 2
    t += b[n - 1]
    return t, b[3], cython.typeof(b)

def in_a_loop(int n):
    """
    >>> in_a_loop(3)  # numpy
    [0.0, 1.0, 3.0]
    """
    cdef np.ndarray[double] a
    out = []
    for k in range(n):
        a = np.arange(k + 1.0)
        out.append(float(a[k] + a[0] + (a[k - 1] if k else 0)))
    return out

def negative(np.ndarray[long] a):
    """
    >>> negative(np.arange(5))
    (4, 0, 3)
    """
    return a[-1], a[-5], a[-2]

def attributes(np.ndarray[double, ndim=2] a):
    """
    >>> attributes(np.zeros((2, 3)))
    (2, 2, 3, 6, 24)
    """
    return a.ndim, a.shape[0], a.shape[1], a.size, a.strides[0]

def types(np.ndarray[double, ndim=2] a, object[int] b, np.ndarray[np.float64_t, ndim=3, mode="c"] c):
    """
    >>> types(None, None, None)
    ('ndarray[double,ndim=2]', 'Python object[int,ndim=1]', 'ndarray[float64_t,ndim=3]', 'double')
    """
    cdef int i = 0
    return cython.typeof(a), cython.typeof(b), cython.typeof(c), cython.typeof(a[i, i])

def as_object(np.ndarray[double] a):
    """
    >>> x = np.arange(3.0)
    >>> as_object(x) is x
    True
    """
    cdef object y = a
    return y

def subclass(np.ndarray[double] a):
    """
    >>> subclass(np.ma.masked_array([1.0, 2.0]))
    ('MaskedArray', 2.0)
    """
    return type(a).__name__, a[1]

def argument_errors(np.ndarray[double] a not None):
    """
    >>> argument_errors([1.0])
    Traceback (most recent call last):
    TypeError: Argument 'a' has incorrect type (expected numpy.ndarray, got list)
    >>> argument_errors(None)
    Traceback (most recent call last):
    TypeError: Argument 'a' has incorrect type (expected numpy.ndarray, got NoneType)
    >>> argument_errors(np.arange(3))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'long'
    >>> argument_errors(np.zeros((1, 1)))
    Traceback (most recent call last):
    ValueError: Buffer has wrong number of dimensions (expected 1, got 2)
    >>> argument_errors(np.zeros(2, dtype=np.float32))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'float'
    """
    return a[0]

def contiguity(np.ndarray[double, ndim=2, mode="c"] a):
    """
    >>> contiguity(np.zeros((2, 2)).T)
    Traceback (most recent call last):
    ValueError: ndarray is not C-contiguous
    """
    return a[0, 0]

def fortran_contiguity(np.ndarray[double, ndim=2, mode="fortran"] a):
    """
    >>> fortran_contiguity(np.zeros((2, 2)))
    Traceback (most recent call last):
    ValueError: ndarray is not Fortran contiguous
    """
    return a[0, 0]

def local_errors(x):
    """
    >>> local_errors([1.0])
    Traceback (most recent call last):
    TypeError: Cannot convert list to numpy.ndarray
    >>> local_errors(np.arange(2, dtype=np.int8))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'int64_t' but got 'signed char'
    """
    cdef np.ndarray[np.int64_t] a = x
    return a[0]
