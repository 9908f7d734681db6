cdef class Point:
    cdef int x

    def clear(self):
        del self.x

_ERRORS = """
5:16: Deletion of non-Python, non-C++ object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
