from cython.parallel import parallel, prange

def f(int n):
    cdef int i
    with nogil, parallel():
        with parallel():
            pass
    with nogil:
        for i in prange(n):
            with parallel():
                pass

_ERRORS = """
6:21: Nested parallel with blocks are disallowed
10:25: Only prange() may be nested
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
