from cython cimport view

def f(double[:, ::view.contiguous, :] x):
    return x[0, 0, 0]

_ERRORS = """
3:12: Only dimensions 0 and 2 may be contiguous and direct
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
