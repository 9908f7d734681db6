def f(bar x):
    return x

_ERRORS = """
1:6: 'bar' is not a type identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
