from cython.parallel import prange

def f(int n):
    cdef int i
    cdef object o = 0
    for i in prange(n, nogil=True):
        with gil:
            o += i
    return o

_ERRORS = """
6:19: Python objects cannot be reductions
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
