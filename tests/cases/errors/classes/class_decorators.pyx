import functools
from functools import total_ordering as ordering

def register(cls):
    return cls

@register
cdef class Registered:
    pass

@functools.total_ordering
@register
@register
cdef class Twice:
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return True

@functools.total_ordering()
cdef class Called:
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return True

@ordering()
cdef class CalledByAlias:
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return True

@total_ordering
cdef class NotImported:
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return True

_ERRORS = """
7:0: Cdef functions/classes cannot take arbitrary decorators.
12:0: Cdef functions/classes cannot take arbitrary decorators.
20:25: total_ordering cannot be called.
27:9: total_ordering cannot be called.
34:0: Cdef functions/classes cannot take arbitrary decorators.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
