cdef int parse(str s) except -1
cdef int fast(int x) noexcept
cdef int maybe(int x) except? -1
