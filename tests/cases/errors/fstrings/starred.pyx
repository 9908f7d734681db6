def f(x):
    return f"{*x}"

_ERRORS = """
2:14: starred expression is not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
