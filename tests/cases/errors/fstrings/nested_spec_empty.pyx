def f(x):
    return f"{x:{}}"

_ERRORS = """
2:16: empty expression not allowed in f-string
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
