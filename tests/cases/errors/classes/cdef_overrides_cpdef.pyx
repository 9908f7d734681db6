cdef class Base:
    cpdef int m(self):
        return 1

cdef class Sub(Base):
    cdef int m(self):
        return 2

_ERRORS = """
6:4: Signature not compatible with previous declaration
2:4: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
