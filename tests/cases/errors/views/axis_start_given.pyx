def f(double[1:] x):
    pass

_ERRORS = """
1:13: Start must not be given.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
