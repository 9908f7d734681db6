def f(x):
    return x +

_ERRORS = """
2:14: Expected an identifier or literal
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
