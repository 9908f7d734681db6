cdef class Point:
    cdef int x

cdef class Point:
    cdef int y

_ERRORS = """
4:0: C class 'Point' already implemented
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
