from cython.dataclasses cimport dataclass, field

@dataclass
cdef class A:
    a: int = field(default=1, kw_only=True)

_ERRORS = """
5:38: cython.dataclasses.field() got an unexpected keyword argument 'kw_only'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
