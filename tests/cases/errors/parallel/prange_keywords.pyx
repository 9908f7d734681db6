from cython.parallel import prange

def f(int n):
    cdef int i, s = 0
    for i in prange(n, schedule='invalid_schedule', nogil=True):
        s += i
    for i in prange(n, nogil=True, invalid=True):
        s += i
    return s

_ERRORS = """
5:19: Invalid schedule argument to prange: invalid_schedule
7:19: Invalid keyword argument: invalid
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
