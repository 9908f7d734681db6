cdef int f(char* s):
    return 0

_ERRORS = """
1:15: pointer types are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
