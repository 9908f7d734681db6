# A prange step known only at run time to be zero: range()'s ValueError (Cython 3.3.0 aborts the
# process instead: a known defect, see KNOWN_DIFFERENCES.md).
from cython.parallel import prange

def steps(long start, long stop, long step):
    """
    >>> steps(0, 10, 2)
    (20, 8)
    >>> steps(0, 10, 0)
    Traceback (most recent call last):
    ValueError: range() arg 3 must not be zero
    """
    cdef long i = -99, s = 0
    for i in prange(start, stop, step, nogil=True):
        s += i
    return s, i
