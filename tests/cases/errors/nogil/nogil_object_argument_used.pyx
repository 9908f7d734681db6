cdef int f(object o) noexcept nogil:
    return o.n

_ERRORS = """
2:12: Accessing Python attribute not allowed without gil
2:12: Coercion from Python not allowed without the GIL
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
