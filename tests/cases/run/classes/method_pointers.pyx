# A cdef method named through a typed instance where a C function pointer is wanted: the function
# the instance's vtable holds for it (its class's override), taking the instance first; a fused
# method's specialization of the pointer's type, or the one named.
cimport cython

cdef class A:
    cdef int m(self, int x):
        return x + 1

    cdef cython.floating scaled(self, cython.floating x, int by):
        return x * by

cdef class B(A):
    cdef int m(self, int x):
        return x + 100

    cdef cython.floating scaled(self, cython.floating x, int by):
        return -x * by

cdef class Plain:
    cdef object label(self, object prefix):
        return prefix + "-plain"

def plain_methods():
    """
    >>> plain_methods()
    (6, 105, 6, 'x-plain')
    """
    cdef int (*fp)(A, int)
    cdef A a = A()
    cdef A b = B()
    fp = a.m
    r1 = fp(a, 5)
    fp = b.m
    r2 = fp(b, 5)
    r3 = (<int (*)(A, int)> a.m)(a, 5)
    cdef Plain p = Plain()
    cdef object (*lp)(Plain, object)
    lp = p.label
    return r1, r2, r3, lp(p, "x")

def fused_methods():
    """
    >>> fused_methods()
    (6.0, 7.5, -6.0)
    """
    cdef A a = A()
    cdef A b = B()
    cdef float (*ff)(A, float, int)
    cdef double (*fd)(A, double, int)
    ff = a.scaled
    fd = a.scaled
    cdef double r2 = fd(a, 2.5, 3)
    fd = <double (*)(A, double, int)> b.scaled
    return ff(a, 2.0, 3), r2, fd(b, 2.0, 3)
