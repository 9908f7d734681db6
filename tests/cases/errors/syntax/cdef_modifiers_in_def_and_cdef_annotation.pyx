cdef int f() -> int:
    return 1

def inline g():
    pass

def h() nogil:
    pass

_ERRORS = """
1:13: Return type annotation is not allowed in cdef/cpdef signatures. Please define it before the function name, as in C signatures.
4:11: Cannot use cdef modifier 'inline' in Python function signature. Use a decorator instead.
7:8: Cannot use cdef modifier 'nogil' in Python function signature. Use a decorator instead.
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
