from cython.dataclasses cimport dataclass, field

@dataclass
cdef class A:
    a: int = field(default=1, metadata={"k": "v"})

_ERRORS = """
5:40: cython.dataclasses.field parameter 'metadata' must be a literal value
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
