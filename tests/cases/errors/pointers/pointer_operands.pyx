def f():
    cdef int a[4]
    cdef int *p = a
    cdef int *q = a + 1
    cdef double d = 1.5
    r = p + q
    s = p * 2
    t = p + d
    u = 2 - p
    v = -p
    return 0

_ERRORS = """
6:10: Invalid operand types for '+' (int *; int *)
7:10: Invalid operand types for '*' (int *; long)
8:10: Invalid operand types for '+' (int *; double)
9:10: Invalid operand types for '-' (long; int *)
10:8: Invalid operand type for '-' (int *)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
