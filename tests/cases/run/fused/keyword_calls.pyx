# A cdef fused function called with keyword arguments: each takes its parameter's place in choosing the specialization.
cimport cython
cdef func(cython.floating x, cython.integral y):
    return cython.typeof(x), cython.typeof(y), x, y

def test():
    """
    >>> test()
    (('float', 'int', 1.5, 2), ('double', 'long', 2.5, 3))
    """
    cdef float x = 1.5
    cdef int y = 2
    cdef double d = 2.5
    cdef long l = 3
    return func(x, y=y), func(y=l, x=d)
