from cython.dataclasses cimport dataclass, field

@dataclass(bogus=True)
cdef class A:
    a: int = 1

_ERRORS = """
3:0: cython.dataclasses.dataclass() got an unexpected keyword argument 'bogus'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
