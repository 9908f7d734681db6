def f():
    cdef int i
    for i from 0 <= i < 10 by 0.5:
        pass

_ERRORS = """
3:30: Cannot assign type 'double' to 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
