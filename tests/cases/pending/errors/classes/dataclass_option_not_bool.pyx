from cython.dataclasses cimport dataclass, field

@dataclass(frozen=1)
cdef class A:
    a: int = 1

_ERRORS = """
3:0: Arguments passed to cython.dataclasses.dataclass must be True or False
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
