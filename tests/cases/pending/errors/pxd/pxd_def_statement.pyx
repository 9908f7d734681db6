# mode: error

from pxd_def_statement_support cimport helper

def f(int x):
    return helper(x)

_ERRORS = """
pxd_def_statement_support.pxd:3:0: def statement not allowed here
3:0: 'pxd_def_statement_support/helper.pxd' not found
6:11: 'helper' is not a constant, variable or function identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
