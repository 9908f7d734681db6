def f():
    cdef str s
    with nogil:
        s = "abc"
    return s

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
