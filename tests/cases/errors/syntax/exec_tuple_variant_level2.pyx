# cython: language_level=2
# Language level 2's exec statement in its tuple variant, exec(code, globals[, locals]): two or
# three items, and no `in` after it.
def f(d1, d2):
    exec()
    exec(1,)
    exec(1,2,3,4)
    exec(1,2) in d1
    exec() in d1, d2

_ERRORS = """
5:4: expected tuple of length 2 or 3, got length 0
6:4: expected tuple of length 2 or 3, got length 1
7:4: expected tuple of length 2 or 3, got length 4
8:14: tuple variant of exec does not support additional 'in' arguments
9:4: expected tuple of length 2 or 3, got length 0
9:11: tuple variant of exec does not support additional 'in' arguments
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -2).
