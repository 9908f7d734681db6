# The negative control of ThreadSanitizerIT: every iteration of a prange loop increments the same
# int through a pointer, with no reduction and no atomics: a data race ThreadSanitizer must report.
from cython.parallel import prange


def racy(int n):
    """
    >>> racy(100000) > 0
    True
    """
    cdef int total = 0
    cdef int *p = &total
    cdef int i
    for i in prange(n, nogil=True, num_threads=2):
        p[0] += 1
    return total
