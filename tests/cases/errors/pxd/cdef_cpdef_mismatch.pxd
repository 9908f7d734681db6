cdef int was_cdef(int x)
cpdef int was_cpdef(int x)
