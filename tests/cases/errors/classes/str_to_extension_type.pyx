cdef class Point:
    cdef int x

def f():
    cdef Point p = "abc"
    return p

_ERRORS = """
5:19: Cannot assign type 'str object' to 'Point'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
