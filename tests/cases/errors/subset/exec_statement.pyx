def f(ns):
    exec "x = 1" in ns

_ERRORS = """
2:4: 'exec statement' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
