# `from m import *` binds module globals: a function may not run it, and its names stay undeclared there.
def f():
    from math import *
    return sqrt(4.0)

_ERRORS = """
3:4: import * only allowed at module level
4:11: undeclared name not builtin: sqrt
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
