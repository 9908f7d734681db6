from cython.dataclasses cimport dataclass, field

@dataclass
cdef class A:
    a: int = field(bogus=1)

_ERRORS = """
5:25: cython.dataclasses.field() got an unexpected keyword argument 'bogus'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
