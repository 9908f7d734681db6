cdef class Point:
    cdef int cm(self):
        return 1

    def f(self):
        self.cm = 3

_ERRORS = """
6:18: Cannot assign type 'long' to 'int (Point) except *'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
