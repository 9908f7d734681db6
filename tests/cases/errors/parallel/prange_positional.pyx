from cython.parallel import prange

def f(int n):
    cdef int i, s = 0
    for i in prange(nogil=True):
        s += i
    for i in prange(1, 2, 3, 4, nogil=True):
        s += i
    return s

_ERRORS = """
5:19: Invalid number of positional arguments to prange
7:19: Invalid number of positional arguments to prange
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
