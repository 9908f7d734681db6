cdef struct Opaque
cdef union Later

cdef int table[]
cdef Opaque handle
cdef void nothing
cdef Later pending
cdef int grid[4][]
cdef Opaque handles[2]
cdef void voids[3]
cdef object *ref
cdef double *rows[]

cdef struct Holder:
    int counts[]
    Opaque inner
    name

cdef int use(Opaque o, int n):
    return n

cdef int skip(int n, void v):
    return n

def f():
    cdef void local_void
    cdef Opaque local_opaque
    cdef char text[]
    cdef Opaque *ok = NULL
    return 0

cdef union Later:
    int i
    double d

_ERRORS = """
15:14: Variable type 'int []' is incomplete
16:11: Variable type 'Opaque' is incomplete
17:4: C struct/union member cannot be a Python object
4:14: Variable type 'int []' is incomplete
5:12: Variable type 'Opaque' is incomplete
6:10: Variable type 'void' is incomplete
7:11: Variable type 'Later' is incomplete
8:13: Array element type 'int []' is incomplete
9:19: Array element type 'Opaque' is incomplete
10:15: Array element type 'void' is incomplete
11:12: Pointer base type cannot be a Python object
12:12: Variable type 'double *[]' is incomplete
19:13: Argument type 'Opaque' is incomplete
22:21: Use spam() rather than spam(void) to declare a function with no arguments.
22:21: Invalid use of 'void'
26:14: Variable type 'void' is incomplete
27:16: Variable type 'Opaque' is incomplete
28:18: Variable type 'char []' is incomplete
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
