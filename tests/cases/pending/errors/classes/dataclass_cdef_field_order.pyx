from cython.dataclasses cimport dataclass, field

@dataclass
cdef class D:
    cdef int a
    b: int = 3
    cdef int c

_ERRORS = """
7:13: non-default argument 'c' follows default argument in dataclass __init__
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
