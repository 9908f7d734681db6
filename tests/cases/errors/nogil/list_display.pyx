def f(int x):
    cdef list l
    with nogil:
        l = [x, 2]
    return l

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
4:12: Constructing Python list not allowed without gil
4:13: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
