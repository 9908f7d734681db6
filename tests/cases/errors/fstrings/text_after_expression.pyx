def f(x, y):
    return f"{x y}"

_ERRORS = """
2:16: Unexpected characters after f-string expression: y
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
