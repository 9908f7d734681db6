class Point:
    cpdef int m(self):
        return 1

_ERRORS = """
2:10: cdef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
