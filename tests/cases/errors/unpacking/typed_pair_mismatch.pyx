def f(int a, double b):
    cdef int x
    cdef double y
    x, y = b, a
    return x, y

_ERRORS = """
4:11: Cannot assign type 'double' to 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
