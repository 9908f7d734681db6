# Calls into bmlib (another module, through the pointers taken at import) and the same work done
# by this module's own functions, in compiled loops.
from bmlib cimport step, Acc

cdef double local_step(double x, double k):
    return x * k + 1.0

cdef class LocalAcc:
    cdef double total
    cdef void add(self, double v):
        self.total += v

def cross_function(int n):
    cdef double x = 0.0
    cdef int i
    for i in range(n):
        x = step(x, 0.5)
    return x

def local_function(int n):
    cdef double x = 0.0
    cdef int i
    for i in range(n):
        x = local_step(x, 0.5)
    return x

def cross_method(int n):
    cdef Acc a = Acc()
    cdef int i
    for i in range(n):
        a.add(1.0)
    return a.total

def local_method(int n):
    cdef LocalAcc a = LocalAcc()
    cdef int i
    for i in range(n):
        a.add(1.0)
    return a.total
