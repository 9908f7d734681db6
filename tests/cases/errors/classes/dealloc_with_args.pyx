cdef class Point:
    def __dealloc__(self, x):
        pass

_ERRORS = """
2:4: Special method __dealloc__ has wrong number of arguments (2 declared, 1 expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
