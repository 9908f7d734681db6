def f():
    cdef int i
    for i from 0 < i > 10:
        pass

_ERRORS = """
3:21: Relation directions in for-from do not match
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
