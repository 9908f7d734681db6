def f(a):
    cdef int x
    with nogil:
        x = <int>a
    return x

_ERRORS = """
4:17: Coercion from Python not allowed without the GIL
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
