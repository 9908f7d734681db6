cdef class Declared

cdef class Complete:
    cdef Declared link
