def f(double d):
    cdef int i = 1.5
    cdef long j = d
    return i + j

_ERRORS = """
2:17: Cannot assign type 'double' to 'int'
3:18: Cannot assign type 'double' to 'long'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
