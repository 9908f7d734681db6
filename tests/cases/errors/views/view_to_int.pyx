def f(double[:] x):
    cdef int n = x

_ERRORS = """
2:17: Cannot assign type 'double[:]' to 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
