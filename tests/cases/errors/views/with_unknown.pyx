cimport cython

def f(double[:] x):
    with cython.wrap_around(False):
        return x[0]

_ERRORS = """
4:15: 'wrap_around' not a valid cython language construct
4:15: 'wrap_around' not a valid cython attribute or is being used incorrectly
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
