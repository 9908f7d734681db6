# cython.frozenset is the builtin as a value, but Cython does not call it.
import cython

def f():
    return cython.frozenset([1, 2])

_ERRORS = """
5:17: 'frozenset' not a valid cython language construct
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
