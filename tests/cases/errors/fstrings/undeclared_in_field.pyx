def f(x):
    return f"{x} {y}"

_ERRORS = """
2:18: undeclared name not builtin: y
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
