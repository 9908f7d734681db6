# mode: error

from . cimport sibling_xyz
from .other_xyz cimport f

def g():
    return f(1)

_ERRORS = """
3:0: relative cimport from non-package directory is not allowed
4:0: relative cimport from non-package directory is not allowed
7:11: undeclared name not builtin: f
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
