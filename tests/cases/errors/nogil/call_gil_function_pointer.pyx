cdef int g(int x):
    return x

def f(int x):
    cdef int (*fp)(int)
    fp = g
    with nogil:
        x = fp(x)
    return x

_ERRORS = """
8:14: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
