def f():
    cdef double complex z

_ERRORS = """
2:9: C complex types are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
