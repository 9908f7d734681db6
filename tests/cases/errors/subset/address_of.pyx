def f():
    cdef int x = 1
    return &x

_ERRORS = """
3:11: 'address-of operator' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
