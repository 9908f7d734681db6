cdef struct A:
    int x

def f():
    return lambda: 1
