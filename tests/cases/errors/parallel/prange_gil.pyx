from cython.parallel import prange

def f(int n):
    cdef int i, j, s = 0
    with nogil:
        for i in prange(n, nogil=True):
            s += i
    for i in prange(n, nogil=True):
        for j in prange(n, nogil=True):
            s += j
    return s

_ERRORS = """
6:23: Trying to release the GIL while it was previously released.
9:23: Trying to release the GIL while it was previously released.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
