cdef class Point:
    cdef int x
    cdef double x

_ERRORS = """
3:16: 'x' redeclared 
2:13: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
