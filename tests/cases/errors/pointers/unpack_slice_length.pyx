def g():
    cdef int *a = [6, 5, 4, 3, 2, 1]
    cdef double d[4]
    x, y = a[1:4]
    p, q, r = d[0:2]
    return x, y, p, q, r

_ERRORS = """
4:12: Assignment to/from slice of wrong length, expected 3.0, got 2
4:12: Cannot convert 'int *' to Python object
5:15: Assignment to/from slice of wrong length, expected 2.0, got 3
5:15: Cannot convert 'double *' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
