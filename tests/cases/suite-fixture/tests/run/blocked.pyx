cdef struct A:
    int x

def f():
    cdef int *p = NULL
    return 1
