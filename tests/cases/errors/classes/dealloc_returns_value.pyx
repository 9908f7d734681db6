cdef class Point:
    cdef int x

    def __dealloc__(self):
        return self.x

_ERRORS = """
5:19: Return with value in void function
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
