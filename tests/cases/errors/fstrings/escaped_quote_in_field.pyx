def f(x):
    return f"{x[\"k\"]}"

_ERRORS = """
2:16: Unrecognized character
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
