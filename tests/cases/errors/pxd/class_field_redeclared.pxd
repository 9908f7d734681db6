cdef class Counter:
    cdef int count
    cdef public double rate
