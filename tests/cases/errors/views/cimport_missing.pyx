cimport nosuchmod

def f(x):
    return x

_ERRORS = """
1:8: 'nosuchmod.pxd' not found
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
