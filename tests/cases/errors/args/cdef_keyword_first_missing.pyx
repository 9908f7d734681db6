cdef int g(int a, int b=2):
    return a
cdef int h():
    return g(b=3)

_ERRORS = """
4:12: C function call is missing argument 'a'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
