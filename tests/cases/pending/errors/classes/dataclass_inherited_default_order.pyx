from cython.dataclasses cimport dataclass, field

@dataclass
cdef class Base:
    a: int = 1


@dataclass
cdef class Derived(Base):
    b: int

_ERRORS = """
10:4: non-default argument 'b' follows default argument in dataclass __init__
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
