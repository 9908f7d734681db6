def f(**kw, a):
    pass


_ERRORS = """
1:12: Expected ')', found 'a'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
