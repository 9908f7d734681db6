from cython.dataclasses cimport dataclass, field

@dataclass
cdef class D:
    a: int = field(default=1)
    b: list = field(default_factory=list)
    c: int = field()

_ERRORS = """
7:4: non-default argument 'c' follows default argument in dataclass __init__
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
