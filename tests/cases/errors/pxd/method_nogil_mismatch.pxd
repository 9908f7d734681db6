cdef class C:
    cdef void f(self) nogil
    cdef void g(self)
