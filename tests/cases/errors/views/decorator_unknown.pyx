cimport cython

@cython.boundcheck(False)
def f(double[:] x):
    return x[0]

_ERRORS = """
3:7: 'boundcheck' not a valid cython language construct
3:7: 'boundcheck' not a valid cython attribute or is being used incorrectly
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
