cdef class Point:
    def __cinit__():
        pass

_ERRORS = """
2:4: Special method __cinit__ has wrong number of arguments (0 declared, 1 or more expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
