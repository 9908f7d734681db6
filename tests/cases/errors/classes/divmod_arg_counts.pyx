cdef class Num:
    def __divmod__(self):
        return 0

    def __rdivmod__(self, a, b):
        return 0

_ERRORS = """
2:4: Special method __divmod__ has wrong number of arguments (1 declared, 2 expected)
5:4: Special method __rdivmod__ has wrong number of arguments (3 declared, 2 expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
