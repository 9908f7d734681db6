def f(int x):
    cdef str s
    with nogil:
        s = f"{x}"
    return s

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
4:14: String formatting not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
