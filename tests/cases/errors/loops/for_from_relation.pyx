def f():
    cdef int i
    for i from 0 == i < 10:
        pass

_ERRORS = """
3:17: Expected one of '<', '<=', '>' '>='
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
