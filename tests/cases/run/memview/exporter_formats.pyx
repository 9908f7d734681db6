# What numpy sees of a view returned to Python, as Cython gives it: the exporter's own item format
# (a char view of uint8 data stays uint8, an unsigned char view of bools stays bool); a view over
# storage the module made (a copy) by the integer of its size, never 'n', which numpy cannot read.
# A plain char view accepts bytes of any sign, and bools (a const char view refuses them, as
# Cython 3.3.0 does).
# Expected outputs recorded from Cython 3.3.0.
import numpy as np

def char_view(char[:, ::1] m):
    """
    >>> char_view(np.ones((2, 2), dtype=np.uint8))
    (dtype('uint8'), 'B', 1)
    >>> char_view(np.array([[True, False]]))
    (dtype('bool'), '?', 1)
    >>> char_view(np.array([[-3, 4]], dtype=np.int8))
    (dtype('int8'), 'b', -3)
    >>> char_view(np.array([[1]], dtype=np.int16))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'char' but got 'short'
    """
    return np.asarray(m).dtype, memoryview(m).format, m[0, 0]

def const_char_view(const char[:] m):
    """
    >>> const_char_view(np.array([-3], dtype=np.int8))
    -3
    >>> const_char_view(np.array([200], dtype=np.uint8))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'const char' but got 'unsigned char'
    >>> const_char_view(np.array([True]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'const char' but got 'bool'
    """
    return m[0]

def bool_mask(Py_ssize_t n):
    """
    >>> bool_mask(3)
    (dtype('bool'), [False, True, False])
    """
    cdef unsigned char[::1] out = np.zeros(n, dtype=bool)
    out[1] = 1
    a = np.asarray(out)
    return a.dtype, a.tolist()

def index_copy(Py_ssize_t[:] idx):
    """
    >>> index_copy(np.arange(3, dtype=np.intp))
    (dtype('int64'), [0, 1, 2], dtype('uint64'))
    """
    cdef Py_ssize_t[:] c = idx.copy()
    cdef size_t[:] u = np.arange(3, dtype=np.uintp).copy()
    return np.asarray(c).dtype, np.asarray(c).tolist(), np.asarray(u).dtype
