def f(int n):
    cdef int s = 0
    with nogil:
        for i in range(n):
            s += i
    return s

_ERRORS = """
4:17: Python type test not allowed without gil
4:17: Iterating over Python object not allowed without gil
4:22: Calling gil-requiring function not allowed without gil
4:22: Constructing Python tuple not allowed without gil
4:23: Converting to Python object not allowed without gil
5:12: Coercion from Python not allowed without the GIL
5:12: Operation not allowed without gil
5:12: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
