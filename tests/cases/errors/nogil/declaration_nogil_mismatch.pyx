cdef int f(int x) noexcept nogil

cdef int f(int x) noexcept:
    return x

_ERRORS = """
1:10: Non-extern C function 'f' declared but not defined
3:0: Function signature does not match previous declaration
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
