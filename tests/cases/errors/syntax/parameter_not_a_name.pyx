cdef int f(int a, .):
    return a

_ERRORS = """
1:18: Expected an identifier, found '.'
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
