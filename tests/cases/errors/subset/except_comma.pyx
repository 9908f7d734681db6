def f():
    try:
        pass
    except ValueError, e:
        pass

_ERRORS = """
4:4: 'except E, name' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
