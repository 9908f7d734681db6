cdef int g(int x, double[:] v) noexcept nogil:
    return x

cdef int h(int x, double y) nogil:
    return x

def f(o, w):
    cdef int r
    with nogil:
        r = g(o, w)
        r = h(1, o)
        r = h(o, 2.0)

_ERRORS = """
10:14: Coercion from Python not allowed without the GIL
11:17: Coercion from Python not allowed without the GIL
12:14: Coercion from Python not allowed without the GIL
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
