# cython: boundscheck=1
def f(x):
    return x

_ERRORS = """
1:0: boundscheck directive must be set to True or False, got '1'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
