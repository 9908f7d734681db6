cdef class A:
    pass

def f():
    return lambda: 1
