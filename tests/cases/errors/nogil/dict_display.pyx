def f(int x):
    cdef dict d
    with nogil:
        d = {1: x}
    return d

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
4:13: Constructing Python dict not allowed without gil
4:16: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
