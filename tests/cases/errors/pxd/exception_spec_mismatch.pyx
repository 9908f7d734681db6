# mode: error

cdef int parse(str s) noexcept:
    return len(s)

cdef int fast(int x) except -1:
    return x

cdef int maybe(int x) except? -2:
    return x

_ERRORS = """
3:0: Function signature does not match previous declaration
6:0: Function signature does not match previous declaration
9:0: Function signature does not match previous declaration
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
