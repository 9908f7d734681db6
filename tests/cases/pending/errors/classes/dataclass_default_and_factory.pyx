from cython.dataclasses cimport dataclass, field

@dataclass
cdef class A:
    a: list = field(default=None, default_factory=list)

_ERRORS = """
5:19: cannot specify both default and default_factory
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
