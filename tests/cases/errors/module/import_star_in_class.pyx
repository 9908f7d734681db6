# A class body is no module scope either.
class C:
    from math import *

_ERRORS = """
3:4: import * only allowed at module level
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
