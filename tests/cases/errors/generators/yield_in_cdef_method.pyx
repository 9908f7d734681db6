cdef class C:
    cdef int g(self):
        yield 1

_ERRORS = """
3:8: 'yield' not supported here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
