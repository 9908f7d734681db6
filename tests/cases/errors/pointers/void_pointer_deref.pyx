def f():
    cdef int x = 1
    cdef void *p = &x
    cdef int y = p[0]
    p[0] = 1
    return y

_ERRORS = """
4:18: Cannot assign type 'void' to 'int'
5:11: Cannot assign type 'long' to 'void'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
