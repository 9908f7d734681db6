cdef class Base:
    cdef int m(self, int a):
        return a

cdef class Sub(Base):
    cdef double m(self, int a):
        return 1

_ERRORS = """
6:4: Signature not compatible with previous declaration
2:4: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
