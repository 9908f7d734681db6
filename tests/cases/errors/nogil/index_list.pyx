def f(list l):
    cdef int r
    with nogil:
        r = l[0]
    return r

_ERRORS = """
4:13: Coercion from Python not allowed without the GIL
4:13: Indexing Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
