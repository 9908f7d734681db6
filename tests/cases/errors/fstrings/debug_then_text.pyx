def f(x):
    return f"{x!r=}"

_ERRORS = """
2:17: Unexpected characters after f-string expression: =
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
