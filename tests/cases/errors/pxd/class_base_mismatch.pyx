# mode: error

cdef class Base:
    pass

cdef class Child:
    pass

cdef class Plain(Base):
    pass

_ERRORS = """
9:0: Base type does not match previous declaration
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
