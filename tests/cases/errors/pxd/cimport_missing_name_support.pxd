cdef int present(int x)
ctypedef int small_t
