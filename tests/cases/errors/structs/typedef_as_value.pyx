ctypedef double real

cdef struct Point:
    double x

def f():
    x = real
    y = Point
    return real(3)

_ERRORS = """
7:8: 'real' is not a constant, variable or function identifier
8:8: 'Point' is not a constant, variable or function identifier
9:11: 'real' is not a constant, variable or function identifier
9:15: Calling non-function type 'real'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
