def f(a, b):
    cdef bint r
    with nogil:
        r = a == b
    return r

_ERRORS = """
4:14: Coercion from Python not allowed without the GIL
4:14: Operation not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
