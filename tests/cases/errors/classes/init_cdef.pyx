cdef class Point:
    cdef int x

    cdef __init__(self, int x):
        self.x = x

_ERRORS = """
4:4: Special methods must be declared with 'def', not 'cdef'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
