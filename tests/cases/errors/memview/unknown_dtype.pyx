def f(foo[:] x):
    pass

_ERRORS = """
1:6: 'foo' is not a type identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
