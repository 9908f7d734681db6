def f(double[:] x):
    cdef double v = x[0]
    return v[0]

_ERRORS = """
3:12: Attempting to index non-array type 'double'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
