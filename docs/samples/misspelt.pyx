def total(double[:] values):
    cdef double s = 0
    for v in values:
        s += v
    return sum_ + 0
