cdef double[:] f(double[:] x):
    return 1.5

def g(double[:] x):
    return f(x)

_ERRORS = """
2:11: Cannot convert 'double' to memoryviewslice
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
