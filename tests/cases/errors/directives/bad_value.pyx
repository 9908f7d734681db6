# cython: cdivision=maybe
def f(x):
    return x

_ERRORS = """
1:0: cdivision directive must be set to True or False, got 'maybe'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
