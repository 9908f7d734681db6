from cython.dataclasses cimport dataclass, field

@dataclass
cdef class D:
    a: int = 1
    b: int

_ERRORS = """
6:4: non-default argument 'b' follows default argument in dataclass __init__
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
