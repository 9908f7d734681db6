def f():
    return f"{{}}}"

_ERRORS = """
2:15: f-string or t-string: single '}' is not allowed
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
