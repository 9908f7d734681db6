def f(int a, long long b, bytes by):
    cdef double d = 2
    cdef int *p = a
    cdef double *q = 0
    cdef char *r
    r = b
    cdef double *s = &a
    cdef int *t = &d
    cdef int **pp = &a
    cdef const char *c = by
    c[0] = 65
    cdef const int x = 5
    cdef const int *cp = &x
    cp[0] = 6
    return 0

_ERRORS = """
3:18: Cannot assign type 'int' to 'int *'
4:21: Cannot assign type 'long' to 'double *'
6:8: Cannot assign type 'long long' to 'char *'
7:21: Cannot assign type 'int *' to 'double *'
8:18: Cannot assign type 'double *' to 'int *'
9:20: Cannot assign type 'int *' to 'int **'
11:5: Assignment to const dereference
12:4: Assignment to const 'x'
14:6: Assignment to const dereference
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
