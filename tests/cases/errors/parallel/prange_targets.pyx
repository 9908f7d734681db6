from cython.parallel import prange

def f(int n):
    cdef int x[3]
    cdef int *p
    cdef int i
    for x[1] in prange(n, nogil=True):
        pass
    for p in prange(n, nogil=True):
        pass
    for i in prange("hello", nogil=True):
        pass

_ERRORS = """
7:9: Can only iterate over an iteration variable
9:8: Must be of numeric type, not int *
11:20: stop argument must be numeric
11:20: stop may not be a Python object as we don't have the GIL
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
