def f(double[:] x):
    cdef int[:] y
    y = x
    return y

def g(double[:] x, int[:] z):
    z = x

_ERRORS = """
3:8: Different base types for memoryviews (double, int)
7:8: Different base types for memoryviews (double, int)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
