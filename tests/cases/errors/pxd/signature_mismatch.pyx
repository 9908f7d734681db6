# mode: error

cdef int scale(int x, int factor):
    return x * factor

cdef int shift(double x):
    return <int>x + 1

_ERRORS = """
3:0: Function signature does not match previous declaration
6:0: Function signature does not match previous declaration
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
