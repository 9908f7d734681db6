def f():
    cdef int x = 1
    cdef int *p = &x
    print(&x)
    cdef object q = p
    cdef object n = NULL
    return bool(p)

def g():
    cdef int x = 1
    return &x

def h():
    cdef int a[3]
    a[:] = [1, 2, 3]
    cdef int *p = a
    x = a
    return x, p[:3], a[1:3]

def k(int *p, double *d, char *ok):
    return 0

_ERRORS = """
4:10: Cannot convert 'int *' to Python object
5:20: Cannot convert 'int *' to Python object
6:20: Cannot convert 'void *' to Python object
7:16: Cannot convert 'int *' to Python object
11:11: Cannot convert 'int *' to Python object
18:11: Cannot convert 'int *' to Python object
18:15: Cannot convert 'int *' to Python object
18:22: Cannot convert 'int *' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
