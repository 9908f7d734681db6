cdef class Desc:
    def __get__(self, instance, owner=None):
        return 1

_ERRORS = """
2:32: This argument cannot have a default value
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
