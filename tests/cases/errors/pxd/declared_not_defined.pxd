cdef int defined_here(int x)
cdef int never_defined(int x)
