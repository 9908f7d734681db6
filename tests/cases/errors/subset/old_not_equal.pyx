def f(a, b):
    return a <> b

_ERRORS = """
2:13: '<>' comparisons are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
