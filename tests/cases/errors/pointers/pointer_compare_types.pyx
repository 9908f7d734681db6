def f():
    cdef int a = 1
    cdef double d = 2
    cdef int *p = &a
    cdef double *q = &d
    cdef long *r = NULL
    return p == q, p < q, p != r

_ERRORS = """
7:13: Invalid types for '==' (int *, double *)
7:21: Invalid types for '<' (int *, double *)
7:28: Invalid types for '!=' (int *, long *)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
