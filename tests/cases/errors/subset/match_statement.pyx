def f(x):
    match x:
        case 1:
            pass

_ERRORS = """
2:4: 'match statement' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
