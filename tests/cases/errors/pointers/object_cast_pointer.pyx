def f():
    cdef int x = 1
    cdef double d = 2
    cdef int *p = &x
    a = <object>p
    b = <object>&d
    c = <list>p
    return a, b, c

_ERRORS = """
5:8: Python objects cannot be cast from pointers of primitive types
6:8: Python objects cannot be cast from pointers of primitive types
7:8: Python objects cannot be cast from pointers of primitive types
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
