def f(a):
    cdef int r = 0
    with nogil:
        if a:
            r = 1
    return r

_ERRORS = """
4:11: Truth-testing Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
