cdef int a[10]
cdef double b[3][4]
cdef int *p
cdef int[:] v1 = b
cdef double[:] v2 = a
cdef int[:, :] v3 = a
cdef int[:] v4 = p
cdef double[:] v5 = b
cdef double[::1, :] v6 = b
cdef double[:, ::1] v7 = b
cdef int[::1] v8 = a
cdef const int[:] v9 = a
cdef long[:] v10 = a
cdef int *q = v8

cdef void f(double[:] x):
    pass

f(a)
f(b[0])

_ERRORS = """
4:17: Different base types for memoryviews (double, int)
5:20: Different base types for memoryviews (int, double)
6:20: Memoryview 'int[::1]' not conformable to memoryview 'int[:, :]'.
7:17: Cannot convert 'int *' to memoryviewslice
8:20: Memoryview 'double[:, ::1]' not conformable to memoryview 'double[:]'.
9:25: Memoryview 'double[:, ::1]' not conformable to memoryview 'double[::1, :]'.
13:19: Different base types for memoryviews (int, long)
14:14: Cannot assign type 'int[::1]' to 'int *'
19:2: Different base types for memoryviews (int, double)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
