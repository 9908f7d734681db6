def f(x):
    return g(a=y := 1)

_ERRORS = """
2:17: invalid syntax: assignment expression not allowed in this context
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
