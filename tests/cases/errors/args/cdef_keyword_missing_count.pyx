cdef int g(int a, int b):
    return a
cdef int h():
    return g(a=1)

_ERRORS = """
4:12: Call with wrong number of arguments (expected 2, got 1)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
