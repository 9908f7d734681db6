cdef int counter
cdef int compute(int x)
