def f():
    cdef int a[3]
    cdef int b[4]
    cdef int c[2]
    a = b
    a = c
    a = [1, 2]
    return 0

_ERRORS = """
5:4: Assignment to slice of wrong length, expected 3, got 4
6:4: Assignment to slice of wrong length, expected 3, got 2
7:4: Assignment to slice of wrong length, expected 3, got 2
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
