def f(m):
    cdef int n
    cdef double d = 1.5
    with m as n:
        n = d

_ERRORS = """
5:12: Cannot assign type 'double' to 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
