def f(double[::one] x):
    pass

_ERRORS = """
1:15: Invalid axis specification.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
