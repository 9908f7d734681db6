cdef class Point:
    cdef int x = 3

_ERRORS = """
2:13: Cannot assign default value to fields in cdef classes, structs or unions
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
