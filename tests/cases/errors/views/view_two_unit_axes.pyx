from cython cimport view

def f(double[::view.contiguous, ::view.contiguous] x):
    return x[0, 0]

_ERRORS = """
3:12: Only one direct contiguous axis may be specified.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
