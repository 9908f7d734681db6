cimport cython

ctypedef fused T:
    int
    double

cdef T x
cdef cython.floating y

_ERRORS = """
7:0: Fused types not allowed here
8:0: Fused types not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
