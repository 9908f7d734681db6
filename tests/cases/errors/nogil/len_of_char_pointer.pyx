def f():
    cdef const char* s = b"hello"
    cdef Py_ssize_t n
    with nogil:
        n = len(s)
    return n

_ERRORS = """
5:15: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
