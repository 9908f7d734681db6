def f(list l):
    cdef Py_ssize_t n
    with nogil:
        n = len(l)
    return n

_ERRORS = """
4:15: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
