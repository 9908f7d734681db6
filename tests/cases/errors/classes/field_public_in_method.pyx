cdef class Point:
    cdef int x

    def f(self):
        cdef public int y
        y = 1
        return y

_ERRORS = """
5:24: Local variable cannot be declared public
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
