cdef int g(int x):
    return x + 1

def f(int x):
    with nogil:
        x = g(x)
    return x

_ERRORS = """
6:13: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
