def f(x=len):
    return x

_ERRORS = """
1:8: non-literal default values are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
