def f():
    cdef int i, j
    for i from 0 <= j < 10:
        pass

_ERRORS = """
3:20: Variable name in for-from range does not match target
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
