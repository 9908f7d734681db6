cdef class Point:
    cdef int x
    cdef double d

    def __init__(self):
        self.x = "a"
        self.x = "ab"
        self.x = []
        self.d = "a"

_ERRORS = """
7:17: Only single-character string literals can be coerced into ints.
8:17: Cannot coerce list to type 'int'
9:17: Unicode literals do not support coercion to C types other than Py_UCS4/Py_UNICODE (for characters), Py_UNICODE* (for strings) or char*/void* (for auto-encoded strings).
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
