def f():
    cdef int i = 1
    cdef double[:] v
    del i

_ERRORS = """
4:8: Deletion of non-Python, non-C++ object
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
