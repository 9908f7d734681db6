cdef class C:
    cdef object name

    cdef bint has_name(self) noexcept nogil:
        if self.name:
            return True
        return False

_ERRORS = """
5:15: Truth-testing Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
