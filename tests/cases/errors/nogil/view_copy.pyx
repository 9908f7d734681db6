def f(double[:] v):
    cdef double[:] w
    with nogil:
        w = v.copy()
    return w[0]

_ERRORS = """
4:18: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
