def g(x):
    return x

cdef int h(int x) noexcept nogil:
    g(x)
    return x

_ERRORS = """
5:5: Discarding owned Python object not allowed without gil
5:5: Calling gil-requiring function not allowed without gil
5:4: Accessing Python global or builtin not allowed without gil
5:5: Constructing Python tuple not allowed without gil
5:6: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
