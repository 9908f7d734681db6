# The C type of an untyped prange target, as Cython infers it: from the first two arguments (the
# stop alone when it is the only one) and the start plus the step, in C's arithmetic.
# Expected outputs recorded from Cython 3.3.0.
from cython.parallel import prange
cimport cython


def stop_only(short end):
    """
    >>> stop_only(3)
    ('short', 2)
    """
    for i in prange(end, nogil=True):
        pass
    return cython.typeof(i), i


def start_and_stop(long start, short end):
    """
    >>> start_and_stop(-100, 5)
    ('long', 4)
    """
    for i in prange(start, end, nogil=True):
        pass
    return cython.typeof(i), i


def with_step(short start, short end, short step):
    """
    >>> with_step(-100, 5, 2)
    ('int', 4)
    """
    for i in prange(start, end, step, nogil=True):
        pass
    return cython.typeof(i), i


def from_view_length(unsigned char[:] x):
    """
    >>> ba = bytearray(5)
    >>> from_view_length(ba)
    ('Py_ssize_t', [0, 1, 2, 3, 4])
    """
    length = x.shape[0]
    for n in prange(length, nogil=True):
        x[n] = n
    return cython.typeof(n), list(x)
