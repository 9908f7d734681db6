def f(x):
    return `x`

_ERRORS = """
2:11: backquote expressions are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
