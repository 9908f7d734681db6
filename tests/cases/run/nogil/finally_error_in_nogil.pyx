# A try/finally without the GIL whose finally body raises while an exception is pending: the new
# exception replaces the one kept aside (which is released with the GIL taken for it) and carries
# it as its context; also inside a parallel block.
# Expected outputs recorded from Cython 3.3.0.
from cython.parallel cimport parallel, prange
from cython.view cimport array


def ints(*shape):
    return array(shape, sizeof(int), 'i')


def twice(int[:, :] buf):
    """
    >>> twice(ints(4, 4))
    IndexError Out of bounds on buffer access (axis 1) IndexError
    """
    try:
        with nogil:
            try:
                buf[1, 20] = 0
            finally:
                buf[2, 30] = 0
    except IndexError as e:
        print(type(e).__name__, e, type(e.__context__).__name__)


def in_parallel(int[:, :] buf):
    """
    >>> in_parallel(ints(10, 10))
    caught
    """
    cdef int i
    try:
        with nogil, parallel():
            try:
                for i in prange(buf.shape[0]):
                    buf[1:10, 20] = 0
            finally:
                buf[1:10, 20] = 0
    except IndexError:
        print("caught")
