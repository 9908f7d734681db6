def f(int i):
    return i(3)

_ERRORS = """
2:12: Calling non-function type 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
