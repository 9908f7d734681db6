def f(m):
    with m as x:
        cdef int y = 1

_ERRORS = """
3:13: cdef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
