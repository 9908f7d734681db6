from cython.parallel import prange

def f(int n, int c):
    cdef int i, s = 0
    for i in prange(n, nogil=True, chunksize=4):
        s += i
    for i in prange(n, nogil=True, schedule='static', chunksize=-1):
        s += i
    for i in prange(n, nogil=True, schedule='runtime', chunksize=c):
        s += i
    for i in prange(n, nogil=True, num_threads=-2):
        s += i
    return s

_ERRORS = """
5:45: Must provide schedule with chunksize
7:65: Chunksize must not be negative
9:65: Chunksize not valid for the schedule runtime
11:19: argument to num_threads must be greater than or equal to 0
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
