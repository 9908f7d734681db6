cdef class Point:
    cdef int f():
        return 1

_ERRORS = """
2:4: C method has no self argument
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
