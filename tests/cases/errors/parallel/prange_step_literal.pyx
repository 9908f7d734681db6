from cython.parallel import prange

def f(int n):
    cdef int i, s = 0
    for i in prange(0, n, 0, nogil=True):
        s += i
    return s

_ERRORS = """
5:26: Iteration with step 0 is invalid.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
