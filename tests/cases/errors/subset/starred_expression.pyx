def f(l):
    a, *b = l

_ERRORS = """
2:7: 'starred expression' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
