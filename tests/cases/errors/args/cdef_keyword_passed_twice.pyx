cdef int g(int a, int b=2):
    return a
cdef int h():
    return g(1, 2, b=3)

_ERRORS = """
4:19: argument 'b' passed twice
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
