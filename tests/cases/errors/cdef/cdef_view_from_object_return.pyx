cdef double[:] f(x):
    return x

cdef int g(double[:] v):
    return v

def h(x):
    return g(f(x))

_ERRORS = """
5:11: Cannot assign type 'double[:]' to 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
