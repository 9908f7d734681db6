cdef class C:
    cdef object name
    cdef int n

    cdef int reset(self) noexcept nogil:
        self.name = None
        return self.n

_ERRORS = """
6:12: Assignment of Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
