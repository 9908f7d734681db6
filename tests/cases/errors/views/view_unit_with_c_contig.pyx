from cython cimport view

def f(double[::view.contiguous, ::1] x):
    return x[0, 0]

_ERRORS = """
3:12: Dimension may not be contiguous
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
