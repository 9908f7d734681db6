def f(double[:] v):
    cdef bint b
    with nogil:
        b = v.is_c_contig()
    return b

_ERRORS = """
4:25: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
