# An assignment to part of a C array or pointer takes a display, an array or a pointer of its
# element type: a Python object goes only into a whole array, as in Cython.

def f(x, int k):
    cdef int a[5]
    cdef double d[5]
    cdef int *p = a
    a[:] = x
    a[1:3] = x
    p[:k] = x
    a[0:2] = d

_ERRORS = """
9:13: Cannot convert Python object to 'int *'
10:12: Cannot convert Python object to 'int *'
11:13: Cannot assign type 'double [5]' to 'int *'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
