def f(double[:] v):
    cdef object o
    with nogil:
        o = v
    return o

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
4:12: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
