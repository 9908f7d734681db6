cdef extern from "math.h":
    double sqrt(double x)

cdef extern from "stdlib.h":
    int abs(int x)
    double strtod(const char* s, char** end)

def f(double d):
    cdef int* p = NULL
    a = sqrt(p)
    b = abs(&d)
    c = strtod(d, NULL)
    return a, b, c

_ERRORS = """
10:13: Cannot assign type 'int *' to 'double'
11:12: Cannot assign type 'double *' to 'int'
12:15: Cannot assign type 'double' to 'const char *'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
