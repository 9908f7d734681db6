cdef int declared_only(int x)

cdef int has_body(int x):
    return x + 1

cdef public inline int public_inline(int x):
    return x

cdef inline int fine(int x):
    return x
