from libc.math cimport sqrtt

def f(double x):
    return sqrtt(x)

_ERRORS = """
1:0: 'libc/math/sqrtt.pxd' not found
4:11: 'sqrtt' is not a constant, variable or function identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
