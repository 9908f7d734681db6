# Only the builtins Cython's scope declares are found through a cimport (abs, len, ...); print
# and min are looked for as modules.

from libc.math cimport print as show, min as smallest

def f(a):
    return show, smallest

_ERRORS = """
4:0: 'libc/math/print.pxd' not found
4:0: 'libc/math/min.pxd' not found
7:11: 'show' is not a constant, variable or function identifier
7:17: 'smallest' is not a constant, variable or function identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
