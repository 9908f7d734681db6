cdef class Point(Missing):
    cdef int y

_ERRORS = """
1:17: First base of 'Point' is not an extension type
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
