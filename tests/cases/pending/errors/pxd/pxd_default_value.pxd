cdef int with_default(int x, int y=3)
