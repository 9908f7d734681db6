def outer():
    cdef int inner(int k):
        return k + 1
    return inner(1)

_ERRORS = """
2:25: C function definition not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
