def f(double d):
    cdef double[:] y = d

_ERRORS = """
2:23: Cannot convert 'double' to memoryviewslice
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
