def f(x):
    print x

_ERRORS = """
2:4: 'print statement' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
