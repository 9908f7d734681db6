def outer():
    cdef class Local:
        pass
    return Local

_ERRORS = """
2:4: Extension type definition not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
