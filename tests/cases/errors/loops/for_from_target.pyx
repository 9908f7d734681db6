def f():
    cdef int i, j
    for i, j from 0 <= i < 10:
        pass

_ERRORS = """
3:8: Target of for-from statement must be a variable name
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
