cdef int g(int a, int b=2):
    return a
cdef int h():
    return g(1, c=3)

_ERRORS = """
4:16: C function got unexpected keyword argument 'c'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
