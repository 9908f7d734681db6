cdef int f(double[:] x):
    return x

def g(double[:] x):
    return f(x)

_ERRORS = """
2:11: Cannot assign type 'double[:]' to 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
