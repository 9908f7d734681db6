def f(double[::2] x):
    pass

_ERRORS = """
1:15: Step must be omitted, 1, or a valid specifier.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
