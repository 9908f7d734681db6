def f(double[:] x):
    cdef double v = x[None]
    return v

_ERRORS = """
2:21: Cannot assign type 'double[:, :]' to 'double'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
