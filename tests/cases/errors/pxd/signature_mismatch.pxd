cdef int scale(int x, double factor)
cdef double shift(double x)
