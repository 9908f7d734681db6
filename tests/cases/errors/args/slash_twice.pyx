def f(a, /, b, /):
    pass


_ERRORS = """
1:15: Expected ')', found '/'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
