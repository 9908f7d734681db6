cdef class Seq:
    def __len__(self, extra):
        return 0

_ERRORS = """
2:4: Special method __len__ has wrong number of arguments (2 declared, 1 expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
