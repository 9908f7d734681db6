def f(double[:] x):
    cdef float[:] y
    (y := x)

_ERRORS = """
3:10: Different base types for memoryviews (double, float)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
