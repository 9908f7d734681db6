cdef class C:
    def none():
        return 1

    def kwargs_only(**kwargs):
        return kwargs

_ERRORS = """
2:4: Method none has wrong number of arguments (0 declared, 1 or more expected)
5:4: Method kwargs_only has wrong number of arguments (0 declared, 1 or more expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
