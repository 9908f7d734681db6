from libc.math cimport sqrt

def f(double[:] x):
    return sqrt(x)

_ERRORS = """
4:16: Cannot assign type 'double[:]' to 'double'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
