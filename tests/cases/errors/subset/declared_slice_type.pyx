def f(slice s):
    return s

_ERRORS = """
1:6: 'slice' as a declared type is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
