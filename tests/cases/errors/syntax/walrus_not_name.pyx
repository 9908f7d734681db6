def f(x):
    return (x.a := 1)

_ERRORS = """
2:16: Left-hand side of assignment expression must be an identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
