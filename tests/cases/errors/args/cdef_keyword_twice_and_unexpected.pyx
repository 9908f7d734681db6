cdef int g(int a, int b=2):
    return a
cdef int h():
    return g(1, b=2, c=3, a=3)

_ERRORS = """
4:26: argument 'a' passed twice
4:21: C function got unexpected keyword argument 'c'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
