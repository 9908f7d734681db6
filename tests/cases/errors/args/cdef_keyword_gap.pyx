cdef int g(int a, int b, int c=3):
    return a
cdef int h():
    return g(1, c=1)

_ERRORS = """
4:12: C function call is missing argument 'b'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
