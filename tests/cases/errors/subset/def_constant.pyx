DEF N = 3

_ERRORS = """
1:0: 'DEF' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
