def f():
    cdef int a[3]
    cdef double d[3]
    a = 5
    d = 1.5
    a = d
    a = (1, 2, 3, 4)
    d = (1.0,)
    return 0

_ERRORS = """
4:8: Cannot assign type 'long' to 'int [3]'
5:8: Cannot assign type 'double' to 'double [3]'
6:8: Cannot assign type 'double [3]' to 'int [3]'
7:9: Assignment to/from slice of wrong length, expected 3, got 4
8:9: Assignment to/from slice of wrong length, expected 3, got 1
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
