cdef double step(double x, double k):
    return x * k + 1.0

cdef class Acc:
    cdef void add(self, double v):
        self.total += v
