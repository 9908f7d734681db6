cimport cython

ctypedef fused T:
    int
    double

cdef k(T a):
    y: cython.floating = 1
    return y

_ERRORS = """
8:4: 'y' cannot be specialized since its type is not a fused argument to this function
8:4: 'y' cannot be specialized since its type is not a fused argument to this function
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
