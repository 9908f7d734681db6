def f(x):
    return y := x

_ERRORS = """
2:13: invalid syntax: assignment expression not allowed in this context
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
