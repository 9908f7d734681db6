cdef class Engine:
    cdef int speed
    cdef int accelerate(self, int by)
    cdef void stop(self)
