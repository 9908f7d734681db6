def f(x):
    return f"{x!r"

_ERRORS = """
2:18: Unclosed string literal
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
