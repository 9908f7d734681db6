cdef extern from "math.h":
    double sqrt(double x)
    double pow(double x, double y)

def f(double d):
    a = sqrt()
    b = sqrt(d, 2)
    c = pow(d)
    return a, b, c

_ERRORS = """
6:12: Call with wrong number of arguments (expected 1, got 0)
7:12: Call with wrong number of arguments (expected 1, got 2)
8:11: Call with wrong number of arguments (expected 2, got 1)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
