from cython cimport view

def f(int[::view.generic] g, int[::view.generic] h, int[:] d):
    g[...] = 0
    g[:] = d
    g[:] = h

_ERRORS = """
4:5: All dimensions must be direct
5:5: All dimensions must be direct
6:11: All dimensions must be direct
6:5: All dimensions must be direct
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
