cdef struct Point:
    double x = 0.0
    double y

cdef union Number:
    int i
    double d = 1.5

cdef class Holder:
    cdef int count = 1
    cdef public double scale = 2.0

cdef extern from *:
    struct Header:
        int size = 4

_ERRORS = """
2:11: Cannot assign default value to fields in cdef classes, structs or unions
7:11: Cannot assign default value to fields in cdef classes, structs or unions
15:12: Cannot assign default value to fields in cdef classes, structs or unions
10:13: Cannot assign default value to fields in cdef classes, structs or unions
11:23: Cannot assign default value to fields in cdef classes, structs or unions
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
