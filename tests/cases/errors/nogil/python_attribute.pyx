def f(o):
    cdef int x
    with nogil:
        x = o.size
    return x

_ERRORS = """
4:13: Coercion from Python not allowed without the GIL
4:13: Accessing Python attribute not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
