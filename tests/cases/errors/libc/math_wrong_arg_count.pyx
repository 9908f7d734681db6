from libc.math cimport sqrt

def f(double x):
    return sqrt(x, 2)

_ERRORS = """
4:15: Call with wrong number of arguments (expected 1, got 2)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
