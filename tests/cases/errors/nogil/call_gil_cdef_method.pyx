cdef class C:
    cdef int m(self):
        return 1

def f(C c):
    cdef int r
    with nogil:
        r = c.m()
    return r

_ERRORS = """
8:15: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
