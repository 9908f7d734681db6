cdef double[::1] contig
cdef double[:, :] two
cdef int[:] ints
cdef const double[:] cd
cdef double pair[2]
contig[:] = contig[::2]
contig[:] = ints
contig[:] = two
two[:, :] = contig
two[:] = contig
contig[:] = cd
two[:, ::1] = contig
two[:, :] = pair
ints[:] = pair
contig[:] = pair

_ERRORS = """
7:12: Different base types for memoryviews (int, double)
13:12: Memoryview 'double[::1]' not conformable to memoryview 'double[:, :]'.
14:10: Different base types for memoryviews (double, int)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
