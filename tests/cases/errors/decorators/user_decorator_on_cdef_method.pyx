def deco(f):
    return f

cdef class C:
    @deco
    cdef int m(self):
        return 1

_ERRORS = """
5:4: Cdef functions cannot take arbitrary decorators.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
