g = 5

def f():
    cdef int x
    with nogil:
        x = g
    return x

_ERRORS = """
6:12: Coercion from Python not allowed without the GIL
6:12: Accessing Python global or builtin not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
