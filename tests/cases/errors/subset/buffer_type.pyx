def f(object[int] a):
    pass

_ERRORS = """
1:6: buffer types are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
