cimport cython

@cython.final
cdef class Base:
    pass

cdef class Sub(Base):
    pass

_ERRORS = """
7:15: Base class 'Base' of type 'Sub' is final
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
