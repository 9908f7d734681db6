def f(double[:] x):
    cimport cython
    return x[0]

_ERRORS = """
2:12: cimport only allowed at module level
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
