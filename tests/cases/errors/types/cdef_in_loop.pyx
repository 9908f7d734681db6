def f(x):
    for i in range(3):
        cdef int k = 0
    return x

_ERRORS = """
3:13: cdef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
