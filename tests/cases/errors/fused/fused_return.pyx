cimport cython

ctypedef fused T:
    int
    double

cdef cython.floating h(T x):
    return x

_ERRORS = """
7:0: Return type is a fused type that cannot be determined from the function arguments
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
