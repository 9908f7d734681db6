def f(double[:] x):
    cdef const double[:] c = x
    cdef double[:] y = c

_ERRORS = """
3:23: Memoryview 'const double[:]' not conformable to memoryview 'double[:]'.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
