def f(int x):
    cdef set s
    with nogil:
        s = {x}
    return s

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
4:13: Constructing Python set not allowed without gil
4:13: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
