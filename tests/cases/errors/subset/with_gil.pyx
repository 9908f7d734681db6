def f():
    with gil:
        pass

_ERRORS = """
2:4: 'with gil' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
