cdef struct Point:
    double x
    double y
    int x

cdef union U:
    int a
    double a

_ERRORS = """
4:8: 'x' redeclared 
2:11: Previous declaration is here
8:11: 'a' redeclared 
7:8: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
