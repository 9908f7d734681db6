def f(double[:] x):
    cdef double[::1] y = x

_ERRORS = """
2:25: Memoryview 'double[:]' not conformable to memoryview 'double[::1]'.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
