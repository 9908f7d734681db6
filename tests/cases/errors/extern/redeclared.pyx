cdef extern from "math.h":
    double sqrt(double x)
    double M_PI

cdef double sqrt(double x):
    return x

cdef int M_PI = 3

_ERRORS = """
5:0: Function signature does not match previous declaration
8:9: 'M_PI' redeclared 
3:11: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
