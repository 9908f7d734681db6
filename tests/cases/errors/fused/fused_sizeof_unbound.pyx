cimport cython

ctypedef fused T:
    int
    double

cdef k(T a):
    z = sizeof(cython.floating)
    return z

_ERRORS = """
8:22: Type cannot be specialized since it is not a fused argument to this function
8:22: Type cannot be specialized since it is not a fused argument to this function
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
