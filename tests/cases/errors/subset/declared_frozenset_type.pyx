def f(frozenset s):
    return s

_ERRORS = """
1:6: 'frozenset' as a declared type is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
