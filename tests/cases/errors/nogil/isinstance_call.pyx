def f(a):
    cdef bint b
    with nogil:
        b = isinstance(a, int)
    return b

_ERRORS = """
4:26: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
