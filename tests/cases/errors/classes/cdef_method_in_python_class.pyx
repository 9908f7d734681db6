class Point:
    cdef int m(self):
        return 1

_ERRORS = """
2:9: cdef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
