# A C declaration initialised from an object without the GIL: a number is coerced from Python
# (refused); a view's initialiser is not refused (as Cython compiles it); a display stored into
# a C array is made in place.
cdef void g(object obj) noexcept nogil:
    cdef int[:] w = obj
    cdef double d = obj
    cdef int[3] a = [1, 2, 3]

_ERRORS = """
6:20: Coercion from Python not allowed without the GIL
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
