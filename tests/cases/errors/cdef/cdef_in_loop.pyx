def g(int n):
    cdef int i
    for i in range(n):
        cdef int j = i
    return n

_ERRORS = """
4:13: cdef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
