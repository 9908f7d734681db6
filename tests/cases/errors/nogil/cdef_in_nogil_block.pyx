def f(int x):
    with nogil:
        cdef int y = x
    return x

_ERRORS = """
3:13: cdef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
