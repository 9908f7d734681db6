def f(int n):
    cdef int a[n]
    return 0

_ERRORS = """
2:15: Not allowed in a constant expression
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
