def f(int *p):
    return p[0]

def g(double *d, const char *ok):
    return 0

cpdef int h(long *q):
    return 0

_ERRORS = """
1:6: Cannot convert Python object argument to type 'int *'
4:6: Cannot convert Python object argument to type 'double *'
7:12: Cannot convert Python object argument to type 'long *'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
