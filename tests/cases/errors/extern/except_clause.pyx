cdef extern from *:
    void g() except -1
    object h() except -1

_ERRORS = """
2:21: Cannot assign type 'long' to 'void'
2:21: Exception value incompatible with function return type
3:12: Exception clause not allowed for function returning Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
