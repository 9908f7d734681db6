from cython cimport view

def f(double[:, ::view.contiguous] x):
    cdef double[:, ::1] y = x
    return y[0, 0]

_ERRORS = """
4:28: Memoryview 'double[:, ::contiguous]' not conformable to memoryview 'double[:, ::1]'.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
