cdef class Point:
    cdef int x

def f():
    cdef Point p
    return p is None

_ERRORS = """
6:11: local variable 'p' referenced before assignment
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
