def f(x):
    return f"a{}b{ }c"

_ERRORS = """
2:14: empty expression not allowed in f-string
2:17: empty expression not allowed in f-string
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
