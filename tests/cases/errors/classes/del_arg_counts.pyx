cdef class A:
    def __del__(self, extra):
        pass


cdef class B:
    def __del__():
        pass

_ERRORS = """
2:4: Special method __del__ has wrong number of arguments (2 declared, 1 expected)
7:4: Special method __del__ has wrong number of arguments (0 declared, 1 expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
