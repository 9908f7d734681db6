from cython.dataclasses cimport dataclass, field

@dataclass(slots=True)
cdef class A:
    a: int = 1


@dataclass(weakref_slot=True)
cdef class B:
    a: int = 1

_ERRORS = """
3:0: cython.dataclasses.dataclass() got an unexpected keyword argument 'slots'
8:0: cython.dataclasses.dataclass() got an unexpected keyword argument 'weakref_slot'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
