cdef int g(int x) except -1 nogil:
    return x

def f(int x):
    with nogil:
        try:
            x = g(x)
        except ValueError:
            x = 0
    return x

_ERRORS = """
6:8: Try-except statement not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
