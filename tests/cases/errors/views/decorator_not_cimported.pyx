@cython.boundscheck(False)
def f(double[:] x):
    return x[0]

_ERRORS = """
1:1: undeclared name not builtin: cython
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
