cdef int f(int x) noexcept nogil:
    cdef object o
    return x

_ERRORS = """
1:0: Function declared nogil has Python locals or temporaries
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
