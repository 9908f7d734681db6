cdef class Point:
    cdef int cm(self, int a):
        return a

def f(Point p):
    return p.cm(1, 2)

_ERRORS = """
6:15: Call with wrong number of arguments (expected 2, got 3)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
