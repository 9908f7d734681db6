# Without the GIL: a C variable updated in place by an object (the operation is Python's), and a
# range() loop whose target is inferred as an object (it might overflow), which iterates a range object.
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
def update(o, int n):
    cdef double d = 0
    cdef int k = 1
    with nogil:
        d += o
        k *= o
        for j in range(n, 2 * n):
            k -= j
    return d, k

_ERRORS = """
8:8: Coercion from Python not allowed without the GIL
8:8: Operation not allowed without gil
8:8: Converting to Python object not allowed without gil
9:8: Coercion from Python not allowed without the GIL
9:8: Operation not allowed without gil
9:8: Converting to Python object not allowed without gil
10:17: Python type test not allowed without gil
10:17: Iterating over Python object not allowed without gil
10:22: Calling gil-requiring function not allowed without gil
10:22: Constructing Python tuple not allowed without gil
10:23: Converting to Python object not allowed without gil
10:28: Converting to Python object not allowed without gil
11:12: Coercion from Python not allowed without the GIL
11:12: Operation not allowed without gil
11:12: Converting to Python object not allowed without gil
"""
