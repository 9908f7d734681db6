def f(x):
    return t'{x}'

_ERRORS = """
2:11: t-strings are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
