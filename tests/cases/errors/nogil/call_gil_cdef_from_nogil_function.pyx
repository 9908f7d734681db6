cdef int g(int x):
    return x + 1

cdef int h(int x) noexcept nogil:
    return g(x)

_ERRORS = """
5:12: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
