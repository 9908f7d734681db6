from cython.dataclasses cimport dataclass, field

@dataclass
cdef class A:
    a: int = field(1)

_ERRORS = """
5:18: Call to 'cython.dataclasses.field' must only consist of compile-time keyword arguments
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
