cdef double mean_of(double[:] xs) noexcept
