IF True:
    x = 1

_ERRORS = """
1:0: 'IF' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
