DEF N = 3
DEF SIZE = len(sorted("cba")) * N

_ERRORS = """
2:0: 'DEF of an expression other than constants, arithmetic, tuples and calls of builtins' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10); Cython evaluates
# any builtin of its compile-time scope, pyxc those docs/language.md lists (not sorted()).
