def f():
    return sizeof(int)

_ERRORS = """
2:11: 'sizeof' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
