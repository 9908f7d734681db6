def f(double[:] x):
    if x:
        return 1

_ERRORS = """
2:7: Type 'double[:]' not acceptable as a boolean
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
