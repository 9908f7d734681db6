def f():
    raise ValueError, "no"

_ERRORS = """
2:4: 'raise E, value' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
