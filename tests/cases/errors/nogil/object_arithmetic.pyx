def f(a, b):
    cdef object r
    with nogil:
        r = a + b
    return r

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
4:14: Operation not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
