cdef class Box:
    cdef int size
    cdef undefined_t other

cdef missing_t convert(int x)
