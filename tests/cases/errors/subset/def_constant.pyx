DEF N = 3
DEF SIZE = len("abc") * N

_ERRORS = """
2:0: 'DEF of an expression other than constants, arithmetic and tuples' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10); Cython evaluates
# builtins such as len() in a DEF.
