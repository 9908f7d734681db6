def f(t):
    cdef int a, b
    with nogil:
        a, b = t
    return a + b

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
4:8: Constructing Python tuple not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
