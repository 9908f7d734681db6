# The library module of bench/modules: what bmuser cimports.
cdef double step(double x, double k)
cdef class Acc:
    cdef double total
    cdef void add(self, double v)
