def f(list l):
    cdef int n = 0
    with nogil:
        for x in l:
            n += 1
    return n

_ERRORS = """
4:17: Iterating over Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
