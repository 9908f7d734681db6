cdef int g():
    return 1

def f(int a, int b):
    cdef int *p = &(a + b)
    cdef int *q = &5
    cdef int *r = &g()
    cdef double *s = &(<double>a)
    return 0

_ERRORS = """
5:18: Taking address of non-lvalue (type int)
6:18: Taking address of non-lvalue (type long)
7:18: Taking address of non-lvalue (type int)
8:21: Taking address of non-lvalue (type double)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
