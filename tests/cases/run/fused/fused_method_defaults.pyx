# Evaluated defaults of fused cdef and cpdef methods of an extension type: evaluated once, at the
# class statement, for every specialization.
cimport cython
N = 5
cdef class K:
    cdef object m(self, cython.floating x, y=N * 2, int z=N):
        return (x, y, z)
    cpdef object c(self, cython.floating x, y=N * 3):
        return (x, y)

def t():
    """
    >>> t()
    ((1.5, 10, 5), (2.5, 1, 5), (1.0, 15), (2.0, 3))
    """
    k = K()
    cdef double d = 1.5
    cdef float f = 2.5
    return k.m(d), k.m(f, 1), k.c(1.0), k.c(<float>2.0, 3)
