# cython: legacy_implicit_noexcept=True
# A cdef function returning a C value with no except clause is noexcept under the directive.
cdef int implicit(int a):
    raise RuntimeError

cdef int explicit(int a) except -1:
    raise RuntimeError

cdef int silent(int a) noexcept:
    return a

cdef object returns_object(int a):
    raise RuntimeError

cdef int (*pointer)(int)

_WARNINGS = """
3:17: Implicit noexcept declaration is deprecated. Function declaration should contain 'noexcept' keyword.
15:19: Implicit noexcept declaration is deprecated. Function declaration should contain 'noexcept' keyword.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
