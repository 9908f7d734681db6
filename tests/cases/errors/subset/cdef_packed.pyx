cdef packed struct S:
    int a

_ERRORS = """
1:5: 'cdef packed' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
