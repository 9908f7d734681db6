def f(double d):
    return ~d

_ERRORS = """
2:11: Invalid operand type for '~' (double)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
