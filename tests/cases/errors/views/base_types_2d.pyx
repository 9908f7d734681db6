def f(double[:, :] x):
    cdef int[:, :] y = x

_ERRORS = """
2:23: Different base types for memoryviews (double, int)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
