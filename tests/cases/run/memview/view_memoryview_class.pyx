# cython.view.memoryview called with buffer flags: the exporter is asked for a buffer with them
# (its error when it cannot give one) and the result reads and writes the exporter's memory.
# Expected outputs recorded from Cython 3.3.0.
from cython.view cimport memoryview
from cpython.buffer cimport PyBUF_C_CONTIGUOUS, PyBUF_WRITABLE


def assign_to_slice(obj, start, end):
    """
    >>> assign_to_slice(b'abc', 0, 3)
    b'abc'
    >>> assign_to_slice(b'hello', 1, 3)
    b'\\x00el\\x00\\x00'
    """
    view = memoryview(bytearray(len(obj)), PyBUF_C_CONTIGUOUS)
    view[start:end] = obj[start:end]
    return bytes(view)


def writable(obj):
    """
    >>> writable(bytearray(b'xy'))
    2
    >>> writable(b'xy')
    Traceback (most recent call last):
    BufferError: Object is not writable.
    """
    cdef memoryview m = memoryview(obj, PyBUF_C_CONTIGUOUS | PyBUF_WRITABLE)
    return len(m)
