def f(x):
    return f"{x}}"

_ERRORS = """
2:16: f-string or t-string: single '}' is not allowed
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
