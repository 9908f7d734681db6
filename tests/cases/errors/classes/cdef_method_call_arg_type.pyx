cdef class Point:
    cdef int cm(self, int a):
        return a

def f(Point p):
    return p.cm([])

_ERRORS = """
6:16: Cannot coerce list to type 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
