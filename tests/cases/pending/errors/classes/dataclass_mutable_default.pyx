from cython.dataclasses cimport dataclass, field

@dataclass
cdef class A:
    a: list = []


@dataclass
cdef class B:
    b: dict = {}


@dataclass
cdef class C:
    c: set = set()

_ERRORS = """
5:14: mutable default <class 'list'> for field a is not allowed: use default_factory
10:14: mutable default <class 'dict'> for field b is not allowed: use default_factory
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
