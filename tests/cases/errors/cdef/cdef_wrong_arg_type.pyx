cdef int f(double[:] x):
    return 0

def g(int y):
    return f(y)

_ERRORS = """
5:13: Cannot convert 'int' to memoryviewslice
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
