def f(*args, a, *b):
    pass


_ERRORS = """
1:16: Expected ')', found '*'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
