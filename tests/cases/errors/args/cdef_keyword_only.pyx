cdef int f(int a, *, int b):
    return a


_ERRORS = """
1:18: Expected ')', found '*'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
