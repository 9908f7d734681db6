def f(double[:] x):
    cdef double d = x

_ERRORS = """
2:20: Cannot assign type 'double[:]' to 'double'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
