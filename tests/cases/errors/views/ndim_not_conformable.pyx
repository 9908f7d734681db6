def f(double[:, :] x):
    cdef double[:] y = x

_ERRORS = """
2:23: Memoryview 'double[:, :]' not conformable to memoryview 'double[:]'.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
