def f(m):
    with m:
    pass

_ERRORS = """
3:4: Expected an increase in indentation level
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
