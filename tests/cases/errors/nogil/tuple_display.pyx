def f(int x):
    cdef tuple t
    with nogil:
        t = (x, 2)
    return t

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
4:13: Constructing Python tuple not allowed without gil
4:13: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
