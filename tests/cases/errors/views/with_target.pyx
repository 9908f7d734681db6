cimport cython

def f(double[:] x):
    with cython.boundscheck(False) as b:
        return x[0]

_ERRORS = """
4:9: Compiler directive with statements cannot contain 'as'
4:15: 'boundscheck' not a valid cython language construct
4:15: 'boundscheck' not a valid cython attribute or is being used incorrectly
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
