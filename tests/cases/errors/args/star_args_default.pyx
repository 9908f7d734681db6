def f(a, *args=()):
    pass


_ERRORS = """
1:14: Syntax error in Python function argument list
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
