def g(int n):
    try:
        cdef int j = n
    finally:
        pass
    return n

_ERRORS = """
3:13: cdef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
