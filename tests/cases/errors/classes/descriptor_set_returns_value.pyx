cdef class Desc:
    def __set__(self, instance, value):
        return value

_ERRORS = """
3:15: Return with value in void function
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
