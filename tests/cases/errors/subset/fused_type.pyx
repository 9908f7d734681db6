cdef fused number:
    int
    double

_ERRORS = """
1:5: 'fused types' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
