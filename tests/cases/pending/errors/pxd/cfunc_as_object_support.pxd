cdef int plain(int x)
cdef void by_pointer(int* p)
cdef int* give_pointer()
