def f(int i, double d):
    return i & d

_ERRORS = """
2:13: Invalid operand types for '&' (int; double)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
