cdef int f(int n, ...):
    return n

_ERRORS = """
1:18: 'C varargs' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
