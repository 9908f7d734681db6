def f(a):
    *a

_ERRORS = """
2:4: starred expression is not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
