s = ur'abc'

_ERRORS = """
1:4: 'ur' string literals are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
