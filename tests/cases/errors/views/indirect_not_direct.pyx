from cython cimport view

def f(int[::view.indirect, :] m):
    return m.T

_ERRORS = """
4:12: All dimensions must be direct
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
