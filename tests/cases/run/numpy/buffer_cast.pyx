# The buffer option cast=True: the array's items are read as the buffer's item type whatever
# their format, when their size is its size (a bool array as uint8, int32 items as unsigned int),
# with Cython's ValueError naming both sizes otherwise; a cast buffer argument may be None.
# Expected outputs recorded from Cython 3.3.0.
cimport numpy as cnp
import numpy as np

cnp.import_array()

def reinterpret(values):
    """
    >>> reinterpret(np.array([-100], dtype='i'))
    (True, 4294967196)
    """
    cdef cnp.ndarray[unsigned int, cast=True] arr = values
    cdef unsigned int data = arr[0]
    return -100 == <int>data, data

def bad_cast(values):
    """
    >>> bad_cast(np.array([1], dtype='b'))
    Traceback (most recent call last):
    ValueError: Item size of buffer (1 byte) does not match size of 'int' (4 bytes)
    """
    cdef cnp.ndarray[int, cast=True] arr = values

def count_true(cnp.ndarray[cnp.uint8_t, cast=True] mask):
    """
    >>> count_true(np.array([True, False, True, True]))
    3
    >>> count_true(np.array([1, 0, 2], dtype=np.int8))
    2
    >>> count_true(np.array([1, 2], dtype=np.int64))
    Traceback (most recent call last):
    ValueError: Item size of buffer (8 bytes) does not match size of 'uint8_t' (1 byte)
    """
    cdef Py_ssize_t i, n = 0
    for i in range(mask.shape[0]):
        if mask[i]:
            n += 1
    return n

def masked(double[:] values, cnp.ndarray[cnp.npy_bool, ndim=1, cast=True] mask=None):
    """
    >>> masked(np.arange(4.0))
    6.0
    >>> masked(np.arange(4.0), np.array([True, False, False, True]))
    3.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(values.shape[0]):
        if mask is None or mask[i]:
            s += values[i]
    return s
