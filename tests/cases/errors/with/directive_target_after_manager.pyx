cimport cython

def f(m):
    with m, cython.boundscheck(False) as b:
        pass

_ERRORS = """
4:12: Compiler directive with statements cannot contain 'as'
4:18: 'boundscheck' not a valid cython language construct
4:18: 'boundscheck' not a valid cython attribute or is being used incorrectly
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
