from cython cimport view

def f(double[::view.bogus] x):
    pass

_ERRORS = """
3:15: No such attribute 'bogus'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
