def f():
    cdef int[10] a

_ERRORS = """
2:12: C arrays are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
