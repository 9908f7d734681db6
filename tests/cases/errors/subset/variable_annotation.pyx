def f():
    x: int = 1
    return x

_ERRORS = """
2:5: 'variable annotation' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
