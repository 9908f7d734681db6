def f(double[:] x):
    return x + 1

_ERRORS = """
2:13: Invalid operand types for '+' (double[:]; long)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
